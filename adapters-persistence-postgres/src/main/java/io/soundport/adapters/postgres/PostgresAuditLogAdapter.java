package io.soundport.adapters.postgres;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Origin;
import io.soundport.domain.platform.AuditEntry;
import io.soundport.domain.platform.AuditEntryId;
import io.soundport.domain.platform.AuditFilter;
import io.soundport.domain.platform.AuditLog;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The audit log in {@code audit_log} (V9), one row per entry, with an index per filter. */
final class PostgresAuditLogAdapter implements AuditLog {
    private static final RowMapper<AuditEntry> MAPPER = (rs, ctx) -> new AuditEntry(
            AuditEntryId.of(rs.getString("id")), OrganizationId.of(rs.getString("organization_id")),
            new AuditEntry.Actor(AuditEntry.Kind.valueOf(rs.getString("actor_kind")), rs.getString("actor_id")),
            rs.getString("action"), rs.getString("resource_id"), Sql.instant(rs, "created_at"),
            new Origin(rs.getString("client_address"), rs.getString("user_agent"), rs.getString("request_id")));
    private final JdbiTransactionRunner db;

    PostgresAuditLogAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(new UniqueConstraint("audit_log_pkey", "An audit entry with this id already exists", "id"));
    }

    @Override
    public void append(AuditEntry e) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO audit_log (id, organization_id, actor_kind, actor_id, action, resource_type,
                                               resource_id, client_address, user_agent, request_id, created_at)
                        VALUES (:id, :organization_id, :actor_kind, :actor_id, :action, :resource_type, :resource_id,
                                :client_address, :user_agent, :request_id, :created_at)""")
                .bind("id", e.id().value())
                .bind("organization_id", e.organizationId().value())
                .bind("actor_kind", e.actor().kind().name())
                .bind("actor_id", e.actor().id())
                .bind("action", e.action())
                .bind("resource_type", e.resourceType())
                .bind("resource_id", e.resourceId())
                .bind("client_address", e.origin().clientAddress())
                .bind("user_agent", e.origin().userAgent())
                .bind("request_id", e.origin().requestId())
                .bind("created_at", Sql.ts(e.occurredAt()))
                .execute());
    }

    @Override
    public Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE true");
        condition(sql, params, "organization_id", filter.organizationId() == null ? null
                : filter.organizationId().value());
        condition(sql, params, "actor_id", filter.actorId());
        condition(sql, params, "resource_type", filter.resourceType());
        condition(sql, params, "resource_id", filter.resourceId());
        condition(sql, params, "action", filter.action());
        if (filter.since() != null) {
            sql.append(" AND created_at >= :since");
            params.put("since", Sql.ts(filter.since()));
        }
        if (filter.until() != null) {
            sql.append(" AND created_at < :until");
            params.put("until", Sql.ts(filter.until()));
        }
        sql.append(Sql.after(page, "id", params)).append(Sql.newestFirst(page, "id", params));
        List<AuditEntry> rows = db.withHandle(h -> h.createQuery(sql.toString()).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), e -> new Cursor(e.occurredAt(), e.id().value()));
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }
}
