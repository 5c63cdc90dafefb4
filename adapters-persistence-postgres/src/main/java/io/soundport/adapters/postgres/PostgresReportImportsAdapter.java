package io.soundport.adapters.postgres;

import io.soundport.domain.analytics.report.ReportImport;
import io.soundport.domain.analytics.report.ReportImportId;
import io.soundport.domain.analytics.report.ReportImportTrees;
import io.soundport.domain.analytics.report.ReportImports;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Json;
import io.soundport.domain.shared.JsonReader;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Report imports in {@code report_imports}, the counts one column each, the layout's renamed columns and the kept
 * rejections as JSON text. An update is found by id within the organization, at its version.
 */
final class PostgresReportImportsAdapter implements ReportImports {
    private static final ReportImportMapper MAPPER = new ReportImportMapper();
    private final JdbiTransactionRunner db;

    PostgresReportImportsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(new UniqueConstraint("report_imports_pkey", "A report import with this id already exists", "id"));
    }

    @Override
    public void add(ReportImport r) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO report_imports (id, organization_id, layout, layout_columns, file_key, file_size,
                            status, rows_read, recorded, duplicates, rejected, rejections, failure_reason,
                            created_at, updated_at, finished_at, version)
                        VALUES (:id, :organization_id, :layout, :layout_columns, :file_key, :file_size, :status,
                            :rows_read, :recorded, :duplicates, :rejected, :rejections, :failure_reason,
                            :created_at, :updated_at, :finished_at, :version)""")
                .bind("id", r.id().value())
                .bind("organization_id", r.organizationId().value())
                .bind("version", r.version())
                .bindMap(changeable(r))
                .execute());
    }

    @Override
    public Optional<ReportImport> find(OrganizationId organizationId, ReportImportId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM report_imports WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public ReportImport update(ReportImport r) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE report_imports SET layout = :layout, layout_columns = :layout_columns,
                            file_key = :file_key, file_size = :file_size, status = :status, rows_read = :rows_read,
                            recorded = :recorded, duplicates = :duplicates, rejected = :rejected,
                            rejections = :rejections, failure_reason = :failure_reason, created_at = :created_at,
                            updated_at = :updated_at, finished_at = :finished_at, version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", r.id().value())
                .bind("organization_id", r.organizationId().value())
                .bind("version", r.version())
                .bindMap(changeable(r))
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "report_imports", "Report import", r.id().value(),
                        r.organizationId().value())));
    }

    /** What an update may change: everything but the id and the organization. */
    private static Map<String, Object> changeable(ReportImport r) {
        Map<String, Object> params = new HashMap<>();
        params.put("layout", r.layout().kind().name());
        params.put("layout_columns", Json.write(ReportImportTrees.columnsTree(r.layout())));
        params.put("file_key", r.fileKey());
        params.put("file_size", r.fileSize());
        params.put("status", r.status().name());
        params.put("rows_read", r.counts().rows());
        params.put("recorded", r.counts().recorded());
        params.put("duplicates", r.counts().duplicates());
        params.put("rejected", r.counts().rejected());
        params.put("rejections", Json.write(ReportImportTrees.rejectionsTree(r.rejections())));
        params.put("failure_reason", r.failureReason());
        params.put("created_at", Sql.ts(r.createdAt()));
        params.put("updated_at", Sql.ts(r.updatedAt()));
        params.put("finished_at", Sql.ts(r.finishedAt()));
        return params;
    }

    static final class ReportImportMapper implements RowMapper<ReportImport> {
        @Override
        public ReportImport map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ReportImport(ReportImportId.of(rs.getString("id")),
                    OrganizationId.of(rs.getString("organization_id")),
                    ReportImportTrees.layoutOf(rs.getString("layout"), JsonReader.readObject(rs.getString("layout_columns"))),
                    rs.getString("file_key"), rs.getLong("file_size"),
                    ReportImport.Status.valueOf(rs.getString("status")),
                    new ReportImport.Counts(rs.getLong("rows_read"), rs.getLong("recorded"), rs.getLong("duplicates"),
                            rs.getLong("rejected")),
                    ReportImportTrees.rejectionsOf((List<?>) JsonReader.read(rs.getString("rejections"))),
                    rs.getString("failure_reason"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
                    Sql.instant(rs, "finished_at"), rs.getLong("version"));
        }
    }
}
