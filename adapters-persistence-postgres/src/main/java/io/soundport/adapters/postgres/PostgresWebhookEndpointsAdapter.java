package io.soundport.adapters.postgres;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookEndpoints;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Webhook endpoints, their event types in a text[] that {@link #subscribedTo} matches with the overlap operator. */
final class PostgresWebhookEndpointsAdapter implements WebhookEndpoints {
    private static final EndpointMapper MAPPER = new EndpointMapper();
    private final JdbiTransactionRunner db;

    PostgresWebhookEndpointsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("webhook_endpoints_pkey",
                        "A webhook endpoint with this id already exists", "id"));
    }

    @Override
    public void add(WebhookEndpoint e) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO webhook_endpoints (id, organization_id, url, events, description, active,
                                                       secret_ciphertext, previous_secret_ciphertext,
                                                       previous_secret_expires_at, disabled_reason,
                                                       consecutive_failures, created_at, updated_at, version)
                        VALUES (:id, :organization_id, :url, CAST(:events AS text[]), :description, :active,
                                :secret_ciphertext, :previous_secret_ciphertext, :previous_secret_expires_at,
                                :disabled_reason, :consecutive_failures, :created_at, :updated_at, :version)""")
                .bind("id", e.id().value())
                .bind("organization_id", e.organizationId().value())
                .bind("created_at", Sql.ts(e.createdAt()))
                .bind("version", e.version())
                .bindMap(changeable(e))
                .bindArray("events", String.class, events(e))
                .execute());
    }

    @Override
    public Optional<WebhookEndpoint> find(OrganizationId organizationId, WebhookEndpointId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM webhook_endpoints WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    /** One query, each id looked up in the primary key ({@link Sql#byIds}). */
    @Override
    public Map<WebhookEndpointId, WebhookEndpoint> findAll(OrganizationId organizationId,
                                                           Collection<WebhookEndpointId> ids) {
        Map<WebhookEndpointId, WebhookEndpoint> found = new LinkedHashMap<>();
        db.withHandle(h -> Sql.byIds(h, "webhook_endpoints", ids.stream().map(WebhookEndpointId::value).toList(),
                organizationId.value(), MAPPER)).forEach(e -> found.put(e.id(), e));
        return found;
    }

    @Override
    public WebhookEndpoint update(WebhookEndpoint e) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE webhook_endpoints
                        SET url = :url, events = CAST(:events AS text[]), description = :description,
                            active = :active, secret_ciphertext = :secret_ciphertext,
                            previous_secret_ciphertext = :previous_secret_ciphertext,
                            previous_secret_expires_at = :previous_secret_expires_at,
                            disabled_reason = :disabled_reason, consecutive_failures = :consecutive_failures,
                            updated_at = :updated_at, version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", e.id().value())
                .bind("organization_id", e.organizationId().value())
                .bind("version", e.version())
                .bindMap(changeable(e))
                .bindArray("events", String.class, events(e))
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "webhook_endpoints", "Webhook endpoint", e.id().value(),
                        e.organizationId().value())));
    }

    @Override
    public boolean remove(OrganizationId organizationId, WebhookEndpointId id) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM webhook_endpoints WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .execute()) > 0;
    }

    @Override
    public Page<WebhookEndpoint> list(OrganizationId organizationId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        String sql = "SELECT * FROM webhook_endpoints WHERE organization_id = :organization_id"
                + Sql.after(page, "id", params) + Sql.newestFirst(page, "id", params);
        List<WebhookEndpoint> rows = db.withHandle(h -> h.createQuery(sql).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), e -> new Cursor(e.createdAt(), e.id().value()));
    }

    @Override
    public List<WebhookEndpoint> subscribedTo(OrganizationId organizationId, String eventType) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM webhook_endpoints
                        WHERE organization_id = :organization_id AND active AND events && CAST(:wanted AS text[])
                        ORDER BY created_at, id""")
                .bind("organization_id", organizationId.value())
                .bindArray("wanted", String.class, List.of(eventType, WebhookEndpoint.ALL_EVENTS))
                .map(MAPPER)
                .list());
    }

    private static List<String> events(WebhookEndpoint e) {
        return e.events().stream().sorted().toList();
    }

    /** The columns an update may change, except events (an array, bound apart). */
    private static Map<String, Object> changeable(WebhookEndpoint e) {
        Map<String, Object> params = new HashMap<>();
        params.put("url", e.url());
        params.put("description", e.description());
        params.put("active", e.active());
        params.put("secret_ciphertext", e.secretCiphertext());
        params.put("previous_secret_ciphertext", e.previousSecretCiphertext());
        params.put("previous_secret_expires_at", Sql.ts(e.previousSecretExpiresAt()));
        params.put("disabled_reason", e.disabledReason());
        params.put("consecutive_failures", e.consecutiveFailures());
        params.put("updated_at", Sql.ts(e.updatedAt()));
        return params;
    }

    static final class EndpointMapper implements RowMapper<WebhookEndpoint> {
        @Override
        public WebhookEndpoint map(ResultSet rs, StatementContext ctx) throws SQLException {
            Set<String> events = new HashSet<>();
            for (Object type : (Object[]) rs.getArray("events").getArray()) {
                events.add((String) type);
            }
            return new WebhookEndpoint(WebhookEndpointId.of(rs.getString("id")),
                    OrganizationId.of(rs.getString("organization_id")), rs.getString("url"), events,
                    rs.getString("description"), rs.getBoolean("active"), rs.getString("secret_ciphertext"),
                    rs.getString("previous_secret_ciphertext"), Sql.instant(rs, "previous_secret_expires_at"),
                    rs.getString("disabled_reason"), rs.getInt("consecutive_failures"),
                    Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getLong("version"));
        }
    }
}
