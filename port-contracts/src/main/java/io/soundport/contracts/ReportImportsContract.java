package io.soundport.contracts;

import io.soundport.domain.analytics.report.ReportField;
import io.soundport.domain.analytics.report.ReportImport;
import io.soundport.domain.analytics.report.ReportImport.Counts;
import io.soundport.domain.analytics.report.ReportImport.Status;
import io.soundport.domain.analytics.report.ReportImportId;
import io.soundport.domain.analytics.report.ReportImports;
import io.soundport.domain.analytics.report.ReportLayout;
import io.soundport.domain.analytics.report.ReportRow;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link ReportImports} must do. */
public abstract class ReportImportsContract {

    protected abstract PersistencePorts ports();

    private ReportImports imports() {
        return ports().reportImports();
    }

    private static ReportImport queued(Organization org, ReportLayout layout) {
        return ReportImport.queued(ReportImportId.of(Fixtures.id(ReportImportId.PREFIX)), org.id(), layout,
                "imports/" + org.id().value() + "/" + Fixtures.suffix() + ".csv", 12_345_678_901L, Fixtures.instant());
    }

    private ReportImport stored() {
        ReportImport reportImport = queued(Stored.organization(ports()), ReportLayout.GENERIC);
        imports().add(reportImport);
        return reportImport;
    }

    private Optional<ReportImport> findAgain(ReportImport reportImport) {
        return imports().find(reportImport.organizationId(), reportImport.id());
    }

    @Test
    void finds_an_added_import_with_its_layout_and_renamed_columns() {
        Organization org = Stored.organization(ports());
        ReportImport generic = queued(org, new ReportLayout(ReportLayout.Kind.GENERIC,
                Map.of(ReportField.ISRC, "ISRC Code", ReportField.COUNT, "Écoutes «nettes»")));
        ReportImport distrokid = queued(org, new ReportLayout(ReportLayout.Kind.DISTROKID, Map.of()));

        imports().add(generic);
        imports().add(distrokid);

        assertThat(findAgain(generic)).contains(generic);
        assertThat(findAgain(distrokid)).contains(distrokid);
        assertThat(findAgain(generic)).get().satisfies(found -> {
            assertThat(found.status()).isEqualTo(Status.QUEUED);
            assertThat(found.counts()).isEqualTo(Counts.NONE);
            assertThat(found.rejections()).isEmpty();
            assertThat(found.version()).isEqualTo(1);
        });
    }

    @Test
    void keeps_counts_and_rejections_through_each_step_at_the_next_version() {
        ReportImport reportImport = stored();
        ReportImport running = imports().update(reportImport.running(Fixtures.instant()));
        List<ReportRow.Rejected> rejected = IntStream.range(0, ReportImport.KEPT_REJECTIONS + 5)
                .mapToObj(i -> new ReportRow.Rejected(i + 2, List.of("ISRC: is empty; the row names no track",
                        "Country of Sale: «Atlantis» is not a country"))).toList();

        ReportImport progressed = imports().update(running.progressed(new Counts(1_000, 900, 75, 25), rejected,
                Fixtures.instant()));
        ReportImport failed = imports().update(progressed.failed("The file could not be read: it ends in a quote",
                Fixtures.instant()));

        assertThat(running.version()).isEqualTo(2);
        assertThat(progressed.version()).isEqualTo(3);
        assertThat(findAgain(reportImport)).contains(failed);
        assertThat(failed.rejections()).hasSize(ReportImport.KEPT_REJECTIONS).first()
                .isEqualTo(new ReportRow.Rejected(2, rejected.get(0).reasons()));
        assertThat(failed.counts()).isEqualTo(new Counts(1_000, 900, 75, 25));
        assertThat(failed.finishedAt()).isNotNull();
    }

    @Test
    void refuses_a_second_import_with_the_same_id_a_stale_update_and_another_organizations_reads() {
        ReportImport reportImport = stored();
        Organization other = Stored.organization(ports());
        ReportImport current = imports().update(reportImport.running(Fixtures.instant()));

        Expect.domainError(ErrorCode.CONFLICT, () -> imports().add(reportImport));
        Expect.domainError(ErrorCode.PRECONDITION_FAILED,
                () -> imports().update(reportImport.failed("stale", Fixtures.instant())));
        Expect.domainError(ErrorCode.NOT_FOUND, () -> imports().update(queued(other, ReportLayout.GENERIC)));
        assertThat(imports().find(other.id(), reportImport.id())).isEmpty();
        assertThat(imports().find(reportImport.organizationId(), ReportImportId.of(Fixtures.id(ReportImportId.PREFIX))))
                .isEmpty();
        assertThat(findAgain(reportImport)).contains(current);
    }
}
