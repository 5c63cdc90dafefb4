package io.soundport.adapters.postgres;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.live.LiveEvent;
import io.soundport.domain.live.LiveEventFilter;
import io.soundport.domain.live.LiveEventId;
import io.soundport.domain.live.LiveEventStatus;
import io.soundport.domain.live.LiveEvents;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Live events: the date as {@code starts_at} (the instant, what lists sort and filter on) and
 * {@code utc_offset_seconds} (the offset it was given in). Lists are soonest first on
 * {@code (organization_id, starts_at, id)}, or {@code (organization_id, status, starts_at, id)} with a status.
 */
final class PostgresLiveEventsAdapter implements LiveEvents {
    private static final String RESOURCE = "Live event";
    private static final EventMapper MAPPER = new EventMapper();
    private final JdbiTransactionRunner db;

    PostgresLiveEventsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(new UniqueConstraint("live_events_pkey", "A live event with this id already exists", "id"));
    }

    @Override
    public void add(LiveEvent e) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO live_events (id, organization_id, title, description, starts_at, utc_offset_seconds,
                                                 location, capacity, organizer, status, created_at, updated_at,
                                                 version)
                        VALUES (:id, :organization_id, :title, :description, :starts_at, :utc_offset_seconds,
                                :location, :capacity, :organizer, :status, :created_at, :updated_at, :version)""")
                .bind("id", e.id().value())
                .bind("organization_id", e.organizationId().value())
                .bind("created_at", Sql.ts(e.createdAt()))
                .bind("version", e.version())
                .bindMap(changeable(e))
                .execute());
    }

    @Override
    public Optional<LiveEvent> find(OrganizationId organizationId, LiveEventId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM live_events WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public LiveEvent update(LiveEvent e) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE live_events
                        SET title = :title, description = :description, starts_at = :starts_at,
                            utc_offset_seconds = :utc_offset_seconds, location = :location, capacity = :capacity,
                            organizer = :organizer, status = :status, updated_at = :updated_at, version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", e.id().value())
                .bind("organization_id", e.organizationId().value())
                .bind("version", e.version())
                .bindMap(changeable(e))
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "live_events", RESOURCE, e.id().value(),
                        e.organizationId().value())));
    }

    @Override
    public boolean remove(OrganizationId organizationId, LiveEventId id) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM live_events WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .execute()) > 0;
    }

    @Override
    public Page<LiveEvent> list(OrganizationId organizationId, LiveEventFilter filter, PageRequest page) {
        LiveEventFilter f = filter == null ? LiveEventFilter.ALL : filter;
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM live_events WHERE organization_id = :organization_id");
        params.put("organization_id", organizationId.value());
        if (f.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", f.status().name());
        }
        if (f.from() != null) {
            sql.append(" AND starts_at >= :from_at");
            params.put("from_at", Sql.ts(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND starts_at < :to_at");
            params.put("to_at", Sql.ts(f.to()));
        }
        Cursor after = page.after();
        if (after != null) {
            sql.append(" AND (starts_at, id) > (:cursor_at, :cursor_id)");
            params.put("cursor_at", Sql.ts(after.createdAt()));
            params.put("cursor_id", after.id());
        }
        sql.append(" ORDER BY starts_at, id LIMIT :page_limit");
        params.put("page_limit", page.limit() + 1);
        List<LiveEvent> rows = db.withHandle(h -> h.createQuery(sql.toString()).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), LiveEvents::cursorOf);
    }

    /** The columns an update may change. */
    private static Map<String, Object> changeable(LiveEvent e) {
        Map<String, Object> params = new HashMap<>();
        params.put("title", e.title());
        params.put("description", e.description());
        params.put("starts_at", Sql.ts(e.date().toInstant()));
        params.put("utc_offset_seconds", e.date().getOffset().getTotalSeconds());
        params.put("location", e.location());
        params.put("capacity", e.capacity());
        params.put("organizer", e.organizer());
        params.put("status", e.status().name());
        params.put("updated_at", Sql.ts(e.updatedAt()));
        return params;
    }

    static final class EventMapper implements RowMapper<LiveEvent> {
        @Override
        public LiveEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(rs.getInt("utc_offset_seconds"));
            OffsetDateTime date = Sql.instant(rs, "starts_at").atOffset(offset);
            int capacity = rs.getInt("capacity");
            Integer maybeCapacity = rs.wasNull() ? null : capacity;
            return new LiveEvent(LiveEventId.of(rs.getString("id")), OrganizationId.of(rs.getString("organization_id")),
                    rs.getString("title"), rs.getString("description"), date, rs.getString("location"),
                    maybeCapacity, rs.getString("organizer"), LiveEventStatus.valueOf(rs.getString("status")),
                    Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getLong("version"));
        }
    }
}
