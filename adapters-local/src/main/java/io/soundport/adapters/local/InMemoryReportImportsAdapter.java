package io.soundport.adapters.local;

import io.soundport.domain.analytics.report.ReportImport;
import io.soundport.domain.analytics.report.ReportImportId;
import io.soundport.domain.analytics.report.ReportImports;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;

import java.util.Optional;

/** Report imports by id, each found only within its organization; an update stores every field at the next version. */
final class InMemoryReportImportsAdapter implements ReportImports {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<ReportImportId, ReportImport> rows;

    InMemoryReportImportsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(ReportImport reportImport) {
        transactions.write(() -> {
            if (rows.contains(reportImport.id())) {
                throw DomainException.conflict("A report import with this id already exists", "id");
            }
            rows.put(reportImport.id(), reportImport);
            return null;
        });
    }

    @Override
    public Optional<ReportImport> find(OrganizationId organizationId, ReportImportId id) {
        return rows.get(id).filter(r -> r.organizationId().equals(organizationId));
    }

    @Override
    public ReportImport update(ReportImport r) {
        return transactions.write(() -> {
            ReportImport current = find(r.organizationId(), r.id())
                    .orElseThrow(() -> DomainException.notFound("Report import", r.id().value()));
            if (current.version() != r.version()) {
                throw DomainException.staleVersion("Report import", r.id().value());
            }
            ReportImport stored = new ReportImport(r.id(), r.organizationId(), r.layout(), r.fileKey(), r.fileSize(),
                    r.status(), r.counts(), r.rejections(), r.failureReason(), r.createdAt(), r.updatedAt(),
                    r.finishedAt(), r.version() + 1);
            rows.put(stored.id(), stored);
            return stored;
        });
    }
}
