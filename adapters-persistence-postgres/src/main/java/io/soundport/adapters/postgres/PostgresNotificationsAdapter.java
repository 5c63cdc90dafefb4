package io.soundport.adapters.postgres;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationFilter;
import io.soundport.domain.notifications.NotificationId;
import io.soundport.domain.notifications.NotificationStatus;
import io.soundport.domain.notifications.NotificationTemplateId;
import io.soundport.domain.notifications.Notifications;
import io.soundport.domain.notifications.Recipient;
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
 * Notifications, the recipient as its channel and address. An update changes only the sending state (status,
 * attempts, provider message id, failure reason, updated_at, sent_at): what is sent and to whom never changes.
 */
final class PostgresNotificationsAdapter implements Notifications {
    private static final NotificationMapper MAPPER = new NotificationMapper();
    private final JdbiTransactionRunner db;

    PostgresNotificationsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(new UniqueConstraint("notifications_pkey", "A notification with this id already exists", "id"));
    }

    @Override
    public void add(Notification n) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO notifications (id, organization_id, channel, address, subject, body, template_id,
                                                   confidential, status, attempts, provider_message_id,
                                                   failure_reason, created_at, updated_at, sent_at, version)
                        VALUES (:id, :organization_id, :channel, :address, :subject, :body, :template_id,
                                :confidential, :status, :attempts, :provider_message_id, :failure_reason, :created_at,
                                :updated_at, :sent_at, :version)""")
                .bind("id", n.id().value())
                .bind("organization_id", n.organizationId().value())
                .bind("channel", n.recipient().channel().name())
                .bind("address", n.recipient().address())
                .bind("subject", n.subject())
                .bind("body", n.body())
                .bind("template_id", n.templateId() == null ? null : n.templateId().value())
                .bind("confidential", n.confidential())
                .bind("created_at", Sql.ts(n.createdAt()))
                .bind("version", n.version())
                .bindMap(changeable(n))
                .execute());
    }

    @Override
    public Optional<Notification> find(OrganizationId organizationId, NotificationId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM notifications WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Notification update(Notification n) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE notifications
                        SET status = :status, attempts = :attempts, provider_message_id = :provider_message_id,
                            failure_reason = :failure_reason, updated_at = :updated_at, sent_at = :sent_at,
                            version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", n.id().value())
                .bind("organization_id", n.organizationId().value())
                .bind("version", n.version())
                .bindMap(changeable(n))
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "notifications", "Notification", n.id().value(),
                        n.organizationId().value())));
    }

    @Override
    public Page<Notification> list(OrganizationId organizationId, NotificationFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        StringBuilder sql = new StringBuilder("SELECT * FROM notifications WHERE organization_id = :organization_id");
        if (filter.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.channel() != null) {
            sql.append(" AND channel = :channel");
            params.put("channel", filter.channel().name());
        }
        sql.append(Sql.after(page, "id", params)).append(Sql.newestFirst(page, "id", params));
        List<Notification> rows = db.withHandle(h -> h.createQuery(sql.toString()).bindMap(params).map(MAPPER)
                .list());
        return Page.fromOverfetch(rows, page.limit(), n -> new Cursor(n.createdAt(), n.id().value()));
    }

    /** The columns an update may change: the sending state. */
    private static Map<String, Object> changeable(Notification n) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", n.status().name());
        params.put("attempts", n.attempts());
        params.put("provider_message_id", n.providerMessageId());
        params.put("failure_reason", n.failureReason());
        params.put("updated_at", Sql.ts(n.updatedAt()));
        params.put("sent_at", Sql.ts(n.sentAt()));
        return params;
    }

    static final class NotificationMapper implements RowMapper<Notification> {
        @Override
        public Notification map(ResultSet rs, StatementContext ctx) throws SQLException {
            String templateId = rs.getString("template_id");
            return new Notification(NotificationId.of(rs.getString("id")),
                    OrganizationId.of(rs.getString("organization_id")),
                    new Recipient(Channel.valueOf(rs.getString("channel")), rs.getString("address")),
                    rs.getString("subject"), rs.getString("body"),
                    templateId == null ? null : NotificationTemplateId.of(templateId),
                    rs.getBoolean("confidential"),
                    NotificationStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                    rs.getString("provider_message_id"), rs.getString("failure_reason"),
                    Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), Sql.instant(rs, "sent_at"),
                    rs.getLong("version"));
        }
    }
}
