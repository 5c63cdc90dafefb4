package io.soundport.adapters.postgres;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.TrackSync;
import io.soundport.domain.integrations.TrackSyncId;
import io.soundport.domain.integrations.TrackSyncs;
import io.soundport.domain.integrations.platform.TimeRange;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Track imports in {@code track_syncs}, the counts one column each, the time range null for saved tracks. An update
 * is found by id within the organization, at its version, and stores every field but those two.
 */
final class PostgresTrackSyncsAdapter implements TrackSyncs {
    private static final TrackSyncMapper MAPPER = new TrackSyncMapper();
    private final JdbiTransactionRunner db;

    PostgresTrackSyncsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(new UniqueConstraint("track_syncs_pkey", "A track import with this id already exists", "id"));
    }

    @Override
    public void add(TrackSync s) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO track_syncs (id, organization_id, user_id, provider, source, time_range,
                            track_limit, status, found, imported, already_in_catalog, without_isrc, failure_reason,
                            created_at, updated_at, finished_at, version)
                        VALUES (:id, :organization_id, :user_id, :provider, :source, :time_range, :track_limit,
                            :status, :found, :imported, :already_in_catalog, :without_isrc, :failure_reason,
                            :created_at, :updated_at, :finished_at, :version)""")
                .bind("id", s.id().value())
                .bind("organization_id", s.organizationId().value())
                .bind("version", s.version())
                .bindMap(changeable(s))
                .execute());
    }

    @Override
    public Optional<TrackSync> find(OrganizationId organizationId, TrackSyncId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM track_syncs WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public TrackSync update(TrackSync s) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE track_syncs SET user_id = :user_id, provider = :provider, source = :source,
                            time_range = :time_range, track_limit = :track_limit, status = :status, found = :found,
                            imported = :imported, already_in_catalog = :already_in_catalog,
                            without_isrc = :without_isrc, failure_reason = :failure_reason, created_at = :created_at,
                            updated_at = :updated_at, finished_at = :finished_at, version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", s.id().value())
                .bind("organization_id", s.organizationId().value())
                .bind("version", s.version())
                .bindMap(changeable(s))
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "track_syncs", "Track import", s.id().value(),
                        s.organizationId().value())));
    }

    /** What an update may change: everything but the id and the organization. */
    private static Map<String, Object> changeable(TrackSync s) {
        Map<String, Object> params = new HashMap<>();
        params.put("user_id", s.userId().value());
        params.put("provider", s.provider().name());
        params.put("source", s.source().name());
        params.put("time_range", s.timeRange() == null ? null : s.timeRange().name());
        params.put("track_limit", s.limit());
        params.put("status", s.status().name());
        params.put("found", s.counts().found());
        params.put("imported", s.counts().imported());
        params.put("already_in_catalog", s.counts().alreadyInCatalog());
        params.put("without_isrc", s.counts().withoutIsrc());
        params.put("failure_reason", s.failureReason());
        params.put("created_at", Sql.ts(s.createdAt()));
        params.put("updated_at", Sql.ts(s.updatedAt()));
        params.put("finished_at", Sql.ts(s.finishedAt()));
        return params;
    }

    static final class TrackSyncMapper implements RowMapper<TrackSync> {
        @Override
        public TrackSync map(ResultSet rs, StatementContext ctx) throws SQLException {
            String timeRange = rs.getString("time_range");
            return new TrackSync(TrackSyncId.of(rs.getString("id")),
                    OrganizationId.of(rs.getString("organization_id")), UserId.of(rs.getString("user_id")),
                    Provider.valueOf(rs.getString("provider")), TrackSync.Source.valueOf(rs.getString("source")),
                    timeRange == null ? null : TimeRange.valueOf(timeRange), rs.getInt("track_limit"),
                    TrackSync.Status.valueOf(rs.getString("status")),
                    new TrackSync.Counts(rs.getInt("found"), rs.getInt("imported"), rs.getInt("already_in_catalog"),
                            rs.getInt("without_isrc")),
                    rs.getString("failure_reason"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
                    Sql.instant(rs, "finished_at"), rs.getLong("version"));
        }
    }
}
