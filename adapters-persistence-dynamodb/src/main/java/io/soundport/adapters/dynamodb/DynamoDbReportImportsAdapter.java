package io.soundport.adapters.dynamodb;

import io.soundport.domain.analytics.report.ReportImport;
import io.soundport.domain.analytics.report.ReportImportId;
import io.soundport.domain.analytics.report.ReportImportTrees;
import io.soundport.domain.analytics.report.ReportImports;
import io.soundport.domain.identity.OrganizationId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report import is {@code ORG#<org> / REPORTIMPORT#<id>} in the entities table: found by one GetItem within its
 * organization, added with {@code attribute_not_exists(pk)} and updated by putting the whole item on
 * {@code version = :version}. The layout's renamed columns and the kept rejections are DynamoDB maps and lists.
 */
final class DynamoDbReportImportsAdapter implements ReportImports {
    private static final String REPORT_IMPORT = "REPORTIMPORT#";
    private static final String RESOURCE = "Report import";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbReportImportsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(OrganizationId org, ReportImportId id) {
        return Keys.key(Keys.org(org.value()), REPORT_IMPORT + id.value());
    }

    @Override
    public void add(ReportImport r) {
        db.write(Write.put(table, item(r), Conditions.ABSENT, Map.of(), Map.of(),
                Conditions.exists(RESOURCE, r.id().value())));
    }

    @Override
    public Optional<ReportImport> find(OrganizationId organizationId, ReportImportId id) {
        return Optional.ofNullable(db.get(table, key(organizationId, id))).map(DynamoDbReportImportsAdapter::read);
    }

    @Override
    public ReportImport update(ReportImport r) {
        ReportImport stored = new ReportImport(r.id(), r.organizationId(), r.layout(), r.fileKey(), r.fileSize(),
                r.status(), r.counts(), r.rejections(), r.failureReason(), r.createdAt(), r.updatedAt(),
                r.finishedAt(), r.version() + 1);
        db.write(Write.put(table, item(stored), Conditions.AT_VERSION, Map.of(), Conditions.version(r.version()),
                Conditions.staleOrMissing(RESOURCE, r.id().value())));
        return stored;
    }

    static Map<String, AttributeValue> item(ReportImport r) {
        return new Attrs.Item()
                .put(Keys.PK, Keys.org(r.organizationId().value()))
                .put(Keys.SK, REPORT_IMPORT + r.id().value())
                .put("id", r.id().value())
                .put("organizationId", r.organizationId().value())
                .put("layout", r.layout().kind().name())
                .put("layoutColumns", Attrs.tree(ReportImportTrees.columnsTree(r.layout())))
                .put("fileKey", r.fileKey())
                .put("fileSize", r.fileSize())
                .put("status", r.status().name())
                .put("rowsRead", r.counts().rows())
                .put("recorded", r.counts().recorded())
                .put("duplicates", r.counts().duplicates())
                .put("rejected", r.counts().rejected())
                .put("rejections", Attrs.tree(ReportImportTrees.rejectionsTree(r.rejections())))
                .put("failureReason", r.failureReason())
                .put("createdAt", r.createdAt())
                .put("updatedAt", r.updatedAt())
                .put("finishedAt", r.finishedAt())
                .put("version", r.version())
                .build();
    }

    @SuppressWarnings("unchecked")
    static ReportImport read(Map<String, AttributeValue> item) {
        return new ReportImport(ReportImportId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")),
                ReportImportTrees.layoutOf(Attrs.required(item, "layout"),
                        (Map<String, Object>) Attrs.untree(item.get("layoutColumns"))),
                Attrs.required(item, "fileKey"), Attrs.num(item, "fileSize"),
                ReportImport.Status.valueOf(Attrs.required(item, "status")),
                new ReportImport.Counts(Attrs.num(item, "rowsRead"), Attrs.num(item, "recorded"),
                        Attrs.num(item, "duplicates"), Attrs.num(item, "rejected")),
                ReportImportTrees.rejectionsOf((List<?>) Attrs.untree(item.get("rejections"))),
                Attrs.str(item, "failureReason"), Attrs.instant(item, "createdAt"), Attrs.instant(item, "updatedAt"),
                Attrs.instant(item, "finishedAt"), Attrs.num(item, "version"));
    }
}
