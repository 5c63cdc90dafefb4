package io.soundport.adapters.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.webhooks.MessageStatus;
import io.soundport.domain.webhooks.WebhookAttempt;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookMessage;
import io.soundport.domain.webhooks.WebhookMessageId;
import io.soundport.domain.webhooks.WebhookMessages;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Webhook messages with their attempts in a jsonb array. An update changes only the delivery state (status,
 * attempts, next attempt, updated_at): the body that is signed and the event it carries never change.
 */
final class PostgresWebhookMessagesAdapter implements WebhookMessages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MessageMapper MAPPER = new MessageMapper();
    private final JdbiTransactionRunner db;

    PostgresWebhookMessagesAdapter(JdbiTransactionRunner db) {
        this.db = db;
    }

    @Override
    public boolean add(WebhookMessage m) {
        return db.withHandle(h -> h.createUpdate("""
                        INSERT INTO webhook_messages (id, organization_id, endpoint_id, event_id, event_type, body,
                                                      status, attempts, next_attempt_at, created_at, updated_at,
                                                      version)
                        VALUES (:id, :organization_id, :endpoint_id, :event_id, :event_type, :body, :status,
                                CAST(:attempts AS jsonb), :next_attempt_at, :created_at, :updated_at, :version)
                        ON CONFLICT (id) DO NOTHING""")
                .bind("id", m.id().value())
                .bind("organization_id", m.organizationId().value())
                .bind("endpoint_id", m.endpointId().value())
                .bind("event_id", m.eventId())
                .bind("event_type", m.eventType())
                .bind("body", m.body())
                .bind("status", m.status().name())
                .bind("attempts", writeAttempts(m.attempts()))
                .bind("next_attempt_at", Sql.ts(m.nextAttemptAt()))
                .bind("created_at", Sql.ts(m.createdAt()))
                .bind("updated_at", Sql.ts(m.updatedAt()))
                .bind("version", m.version())
                .execute()) > 0;
    }

    @Override
    public Optional<WebhookMessage> find(OrganizationId organizationId, WebhookMessageId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM webhook_messages WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public WebhookMessage update(WebhookMessage m) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE webhook_messages
                        SET status = :status, attempts = CAST(:attempts AS jsonb), next_attempt_at = :next_attempt_at,
                            updated_at = :updated_at, version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", m.id().value())
                .bind("organization_id", m.organizationId().value())
                .bind("version", m.version())
                .bind("status", m.status().name())
                .bind("attempts", writeAttempts(m.attempts()))
                .bind("next_attempt_at", Sql.ts(m.nextAttemptAt()))
                .bind("updated_at", Sql.ts(m.updatedAt()))
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "webhook_messages", "Webhook message", m.id().value(),
                        m.organizationId().value())));
    }

    @Override
    public Page<WebhookMessage> list(OrganizationId organizationId, WebhookEndpointId endpointId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        params.put("endpoint_id", endpointId.value());
        String sql = "SELECT * FROM webhook_messages WHERE organization_id = :organization_id"
                + " AND endpoint_id = :endpoint_id"
                + Sql.after(page, "id", params) + Sql.newestFirst(page, "id", params);
        List<WebhookMessage> rows = db.withHandle(h -> h.createQuery(sql).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), m -> new Cursor(m.createdAt(), m.id().value()));
    }

    /** Each attempt as an object; {@code at} as an ISO-8601 instant, which keeps every digit of it. */
    static String writeAttempts(List<WebhookAttempt> attempts) {
        ArrayNode array = JSON.createArrayNode();
        for (WebhookAttempt a : attempts) {
            ObjectNode node = array.addObject();
            node.put("number", a.number());
            node.put("at", a.at().toString());
            node.put("status_code", a.statusCode());
            node.put("latency_ms", a.latencyMs());
            node.put("error", a.error());
        }
        try {
            return JSON.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Webhook attempts could not be written as JSON", e);
        }
    }

    static List<WebhookAttempt> readAttempts(String json) {
        try {
            List<WebhookAttempt> attempts = new ArrayList<>();
            for (JsonNode node : JSON.readTree(json)) {
                JsonNode status = node.get("status_code");
                JsonNode error = node.get("error");
                attempts.add(new WebhookAttempt(node.get("number").intValue(), Instant.parse(node.get("at").asText()),
                        status == null || status.isNull() ? null : status.intValue(), node.get("latency_ms").longValue(),
                        error == null || error.isNull() ? null : error.asText()));
            }
            return attempts;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook message holds attempts that are not JSON", e);
        }
    }

    static final class MessageMapper implements RowMapper<WebhookMessage> {
        @Override
        public WebhookMessage map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new WebhookMessage(WebhookMessageId.of(rs.getString("id")),
                    OrganizationId.of(rs.getString("organization_id")),
                    WebhookEndpointId.of(rs.getString("endpoint_id")), rs.getString("event_id"),
                    rs.getString("event_type"), rs.getString("body"), MessageStatus.valueOf(rs.getString("status")),
                    readAttempts(rs.getString("attempts")), Sql.instant(rs, "next_attempt_at"),
                    Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getLong("version"));
        }
    }
}
