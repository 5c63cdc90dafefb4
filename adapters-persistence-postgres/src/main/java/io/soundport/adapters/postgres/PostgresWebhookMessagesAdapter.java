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
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Webhook messages with their attempts in a jsonb array. An update changes only the delivery state (status,
 * attempts, next attempt, updated_at): the body that is signed and the event it carries never change. The batch
 * operations are one statement for up to {@value #ROWS_PER_STATEMENT} messages.
 */
final class PostgresWebhookMessagesAdapter implements WebhookMessages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MessageMapper MAPPER = new MessageMapper();
    /** Messages written by one statement of a batch: 12 parameters each, far below PostgreSQL's 65,535. */
    static final int ROWS_PER_STATEMENT = 100;
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

    /** One multi-row insert per {@value #ROWS_PER_STATEMENT} messages. */
    @Override
    public Set<WebhookMessageId> addAll(Collection<WebhookMessage> messages) {
        List<WebhookMessage> rows = List.copyOf(messages);
        Set<WebhookMessageId> added = new HashSet<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            added.addAll(insert(rows.subList(from, Math.min(from + ROWS_PER_STATEMENT, rows.size()))));
        }
        return added;
    }

    private List<WebhookMessageId> insert(List<WebhookMessage> rows) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO webhook_messages (id, organization_id, endpoint_id, event_id, event_type, body, status,
                                              attempts, next_attempt_at, created_at, updated_at, version)
                VALUES\s""");
        sql.append(Sql.rows(rows.size(), "(?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)"))
                .append(" ON CONFLICT (id) DO NOTHING RETURNING id");
        return db.withHandle(h -> {
            Query insert = h.createQuery(sql.toString());
            int at = 0;
            for (WebhookMessage m : rows) {
                insert.bind(at++, m.id().value())
                        .bind(at++, m.organizationId().value())
                        .bind(at++, m.endpointId().value())
                        .bind(at++, m.eventId())
                        .bind(at++, m.eventType())
                        .bind(at++, m.body())
                        .bind(at++, m.status().name())
                        .bind(at++, writeAttempts(m.attempts()))
                        .bind(at++, Sql.ts(m.nextAttemptAt()))
                        .bind(at++, Sql.ts(m.createdAt()))
                        .bind(at++, Sql.ts(m.updatedAt()))
                        .bind(at++, m.version());
            }
            return insert.map((rs, ctx) -> WebhookMessageId.of(rs.getString(1))).list();
        });
    }

    /** One query, each id looked up in the primary key ({@link Sql#byIds}). */
    @Override
    public Map<WebhookMessageId, WebhookMessage> findAll(OrganizationId organizationId,
                                                         Collection<WebhookMessageId> ids) {
        Map<WebhookMessageId, WebhookMessage> found = new LinkedHashMap<>();
        db.withHandle(h -> Sql.byIds(h, "webhook_messages", ids.stream().map(WebhookMessageId::value).toList(),
                organizationId.value(), MAPPER)).forEach(m -> found.put(m.id(), m));
        return found;
    }

    /**
     * One {@code UPDATE ... FROM (VALUES ...)} per {@value #ROWS_PER_STATEMENT} messages, each row conditional on
     * its organization and version like {@link #update}; a message it did not change is reported as that would.
     */
    @Override
    public List<WebhookMessage> updateAll(List<WebhookMessage> messages) {
        List<WebhookMessage> updated = new ArrayList<>(messages.size());
        for (int from = 0; from < messages.size(); from += ROWS_PER_STATEMENT) {
            updated.addAll(updateRows(messages.subList(from, Math.min(from + ROWS_PER_STATEMENT, messages.size()))));
        }
        return updated;
    }

    private List<WebhookMessage> updateRows(List<WebhookMessage> rows) {
        StringBuilder sql = new StringBuilder("""
                UPDATE webhook_messages AS m
                SET status = v.status, attempts = CAST(v.attempts AS jsonb), next_attempt_at = v.next_attempt_at,
                    updated_at = v.updated_at, version = m.version + 1
                FROM (VALUES\s""");
        sql.append(Sql.rows(rows.size(),
                "(?, ?, CAST(? AS bigint), ?, ?, CAST(? AS timestamptz), CAST(? AS timestamptz))"));
        sql.append("""
                ) AS v (id, organization_id, version, status, attempts, next_attempt_at, updated_at)
                WHERE m.id = v.id AND m.organization_id = v.organization_id AND m.version = v.version
                RETURNING m.*""");
        return db.withHandle(h -> {
            Query update = h.createQuery(sql.toString());
            int at = 0;
            for (WebhookMessage m : rows) {
                update.bind(at++, m.id().value())
                        .bind(at++, m.organizationId().value())
                        .bind(at++, m.version())
                        .bind(at++, m.status().name())
                        .bind(at++, writeAttempts(m.attempts()))
                        .bind(at++, Sql.ts(m.nextAttemptAt()))
                        .bind(at++, Sql.ts(m.updatedAt()));
            }
            Map<WebhookMessageId, WebhookMessage> stored = new HashMap<>();
            update.map(MAPPER).forEach(m -> stored.put(m.id(), m));
            List<WebhookMessage> inOrder = new ArrayList<>(rows.size());
            for (WebhookMessage m : rows) {
                WebhookMessage done = stored.get(m.id());
                if (done == null) {
                    throw Sql.staleOrMissing(h, "webhook_messages", "Webhook message", m.id().value(),
                            m.organizationId().value());
                }
                inOrder.add(done);
            }
            return inOrder;
        });
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
