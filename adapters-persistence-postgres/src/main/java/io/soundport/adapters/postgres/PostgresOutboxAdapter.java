package io.soundport.adapters.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.soundport.domain.port.Outbox;
import io.soundport.domain.shared.Backlog;
import io.soundport.domain.shared.PublishedEvent;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox table: an append joins the thread's transaction, so an event is stored exactly when the change that
 * caused it commits. The payload is kept as jsonb.
 */
final class PostgresOutboxAdapter implements Outbox {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> TREE = new TypeReference<>() {
    };
    private static final EventMapper MAPPER = new EventMapper();
    private final JdbiTransactionRunner db;

    PostgresOutboxAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("outbox_events_pkey", "An event with this id is already in the outbox", "id"));
    }

    @Override
    public void append(PublishedEvent e) {
        String data = write(e.data());
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO outbox_events (id, type, organization_id, aggregate_id, release_id, occurred_at,
                                                   data, trace_parent)
                        VALUES (:id, :type, :organization_id, :aggregate_id, :release_id, :occurred_at,
                                CAST(:data AS jsonb), :trace_parent)""")
                .bind("id", e.id())
                .bind("type", e.type())
                .bind("organization_id", e.organizationId())
                .bind("aggregate_id", e.aggregateId())
                .bind("release_id", e.releaseId())
                .bind("occurred_at", Sql.ts(e.occurredAt()))
                .bind("data", data)
                .bind("trace_parent", e.traceParent())
                .execute());
    }

    @Override
    public List<PublishedEvent> pending(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return db.withHandle(h -> h.createQuery("""
                        SELECT id, type, organization_id, aggregate_id, release_id, occurred_at, data::text AS data,
                               trace_parent
                        FROM outbox_events
                        WHERE dispatched_at IS NULL
                        ORDER BY occurred_at, seq
                        LIMIT :limit""")
                .bind("limit", limit)
                .map(MAPPER)
                .list());
    }

    @Override
    public Optional<PublishedEvent> find(String eventId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT id, type, organization_id, aggregate_id, release_id, occurred_at, data::text AS data,
                               trace_parent
                        FROM outbox_events
                        WHERE id = :id""")
                .bind("id", eventId)
                .map(MAPPER)
                .findOne());
    }

    @Override
    public void markDispatched(List<String> eventIds) {
        if (eventIds == null || eventIds.isEmpty()) {
            return;
        }
        db.withHandle(h -> h.createUpdate("""
                        UPDATE outbox_events SET dispatched_at = now()
                        WHERE id = ANY(CAST(:ids AS text[])) AND dispatched_at IS NULL""")
                .bindArray("ids", String.class, eventIds)
                .execute());
    }

    /** Reads the partial index {@code outbox_events_pending_idx} only. */
    @Override
    public Backlog backlog() {
        return db.withHandle(h -> h.createQuery("""
                        SELECT count(*) AS depth, min(occurred_at) AS oldest
                        FROM outbox_events WHERE dispatched_at IS NULL""")
                .map((rs, ctx) -> new Backlog(rs.getLong("depth"), Optional.ofNullable(Sql.instant(rs, "oldest"))))
                .one());
    }

    private static String write(Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The event data cannot be written as JSON", e);
        }
    }

    static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, TREE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The outbox holds event data that is not a JSON object", e);
        }
    }

    static final class EventMapper implements RowMapper<PublishedEvent> {
        @Override
        public PublishedEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
            Instant occurredAt = Sql.instant(rs, "occurred_at");
            return new PublishedEvent(rs.getString("id"), rs.getString("type"), rs.getString("organization_id"),
                    rs.getString("aggregate_id"), rs.getString("release_id"), occurredAt, read(rs.getString("data")),
                    rs.getString("trace_parent"));
        }
    }
}
