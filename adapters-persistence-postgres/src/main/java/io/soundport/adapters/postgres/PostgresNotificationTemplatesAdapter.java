package io.soundport.adapters.postgres;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationTemplate;
import io.soundport.domain.notifications.NotificationTemplateId;
import io.soundport.domain.notifications.NotificationTemplates;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notification templates, the name unique within the organization (exact match). The channel is chosen once, when
 * the template is created; an update leaves it as it is.
 */
final class PostgresNotificationTemplatesAdapter implements NotificationTemplates {
    private static final TemplateMapper MAPPER = new TemplateMapper();
    private final JdbiTransactionRunner db;

    PostgresNotificationTemplatesAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("notification_templates_pkey",
                        "A notification template with this id already exists", "id"),
                new UniqueConstraint("notification_templates_org_name_key",
                        "A notification template with this name already exists", "name"));
    }

    @Override
    public void add(NotificationTemplate t) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO notification_templates (id, organization_id, name, channel, subject, body,
                                                            created_at, updated_at, version)
                        VALUES (:id, :organization_id, :name, :channel, :subject, :body, :created_at, :updated_at,
                                :version)""")
                .bind("id", t.id().value())
                .bind("organization_id", t.organizationId().value())
                .bind("channel", t.channel().name())
                .bind("created_at", Sql.ts(t.createdAt()))
                .bind("version", t.version())
                .bindMap(changeable(t))
                .execute());
    }

    @Override
    public Optional<NotificationTemplate> find(OrganizationId organizationId, NotificationTemplateId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM notification_templates WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Optional<NotificationTemplate> findByName(OrganizationId organizationId, String name) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM notification_templates
                        WHERE organization_id = :organization_id AND name = :name""")
                .bind("organization_id", organizationId.value())
                .bind("name", name)
                .map(MAPPER)
                .findOne());
    }

    @Override
    public NotificationTemplate update(NotificationTemplate t) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE notification_templates
                        SET name = :name, subject = :subject, body = :body, updated_at = :updated_at,
                            version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", t.id().value())
                .bind("organization_id", t.organizationId().value())
                .bind("version", t.version())
                .bindMap(changeable(t))
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "notification_templates", "Notification template",
                        t.id().value(), t.organizationId().value())));
    }

    @Override
    public boolean remove(OrganizationId organizationId, NotificationTemplateId id) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM notification_templates WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .execute()) > 0;
    }

    @Override
    public Page<NotificationTemplate> list(OrganizationId organizationId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        String sql = "SELECT * FROM notification_templates WHERE organization_id = :organization_id"
                + Sql.after(page, "id", params) + Sql.newestFirst(page, "id", params);
        List<NotificationTemplate> rows = db.withHandle(h -> h.createQuery(sql).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), t -> new Cursor(t.createdAt(), t.id().value()));
    }

    /** The columns an update may change. */
    private static Map<String, Object> changeable(NotificationTemplate t) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", t.name());
        params.put("subject", t.subject());
        params.put("body", t.body());
        params.put("updated_at", Sql.ts(t.updatedAt()));
        return params;
    }

    static final class TemplateMapper implements RowMapper<NotificationTemplate> {
        @Override
        public NotificationTemplate map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new NotificationTemplate(NotificationTemplateId.of(rs.getString("id")),
                    OrganizationId.of(rs.getString("organization_id")), rs.getString("name"),
                    Channel.valueOf(rs.getString("channel")), rs.getString("subject"), rs.getString("body"),
                    Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getLong("version"));
        }
    }
}
