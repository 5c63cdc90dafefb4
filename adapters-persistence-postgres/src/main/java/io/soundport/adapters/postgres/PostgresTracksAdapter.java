package io.soundport.adapters.postgres;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackFilter;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class PostgresTracksAdapter implements Tracks {
    private static final TrackMapper MAPPER = new TrackMapper("");
    /** 12 parameters a row: far below the 65,535 a PostgreSQL statement takes. */
    private static final int ROWS_PER_STATEMENT = 1_000;
    private final JdbiTransactionRunner db;

    PostgresTracksAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("tracks_pkey", "A track with this id already exists", "id"));
    }

    @Override
    public void add(Track track) {
        addAll(List.of(track));
    }

    /** One multi-row INSERT per {@value #ROWS_PER_STATEMENT} tracks: one round trip for a release's tracks. */
    @Override
    public void addAll(List<Track> tracks) {
        if (tracks.size() <= ROWS_PER_STATEMENT) {
            insert(tracks);
            return;
        }
        db.run(() -> {
            for (int from = 0; from < tracks.size(); from += ROWS_PER_STATEMENT) {
                insert(tracks.subList(from, Math.min(from + ROWS_PER_STATEMENT, tracks.size())));
            }
        });
    }

    private void insert(List<Track> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("""
                INSERT INTO tracks (id, organization_id, release_id, artist_id, title, isrc, duration_ms, explicit,
                                    position, created_at, updated_at, version)
                VALUES """);
        sql.append(Sql.rows(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        db.withHandle(h -> {
            Update insert = h.createUpdate(sql.toString());
            int at = 0;
            for (Track t : rows) {
                insert.bind(at++, t.id().value())
                        .bind(at++, t.organizationId().value())
                        .bind(at++, t.releaseId() == null ? null : t.releaseId().value())
                        .bind(at++, t.artistId() == null ? null : t.artistId().value())
                        .bind(at++, t.title())
                        .bind(at++, t.isrc() == null ? null : t.isrc().value())
                        .bind(at++, t.durationMs())
                        .bind(at++, t.explicit())
                        .bind(at++, t.position())
                        .bind(at++, Sql.ts(t.createdAt()))
                        .bind(at++, Sql.ts(t.updatedAt()))
                        .bind(at++, t.version());
            }
            return insert.execute();
        });
    }

    @Override
    public Optional<Track> find(OrganizationId organizationId, TrackId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM tracks WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Track update(Track t) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE tracks SET release_id = :release_id, artist_id = :artist_id, title = :title,
                               isrc = :isrc, duration_ms = :duration_ms, explicit = :explicit, position = :position,
                               updated_at = :updated_at, version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", t.id().value())
                .bind("organization_id", t.organizationId().value())
                .bind("release_id", t.releaseId() == null ? null : t.releaseId().value())
                .bind("artist_id", t.artistId() == null ? null : t.artistId().value())
                .bind("title", t.title())
                .bind("isrc", t.isrc() == null ? null : t.isrc().value())
                .bind("duration_ms", t.durationMs())
                .bind("explicit", t.explicit())
                .bind("position", t.position())
                .bind("updated_at", Sql.ts(t.updatedAt()))
                .bind("version", t.version())
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "tracks", "Track", t.id().value(),
                        t.organizationId().value())));
    }

    @Override
    public boolean remove(OrganizationId organizationId, TrackId id) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM tracks WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .execute()) > 0;
    }

    @Override
    public int removeOfRelease(OrganizationId organizationId, ReleaseId releaseId) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM tracks WHERE organization_id = :organization_id AND release_id = :release_id")
                .bind("organization_id", organizationId.value())
                .bind("release_id", releaseId.value())
                .execute());
    }

    @Override
    public List<Track> ofRelease(OrganizationId organizationId, ReleaseId releaseId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM tracks
                        WHERE organization_id = :organization_id AND release_id = :release_id
                        ORDER BY position NULLS LAST, created_at, id""")
                .bind("organization_id", organizationId.value())
                .bind("release_id", releaseId.value())
                .map(MAPPER)
                .list());
    }

    @Override
    public Page<Track> list(OrganizationId organizationId, TrackFilter filter, PageRequest page) {
        TrackFilter f = filter == null ? TrackFilter.ALL : filter;
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        StringBuilder sql = new StringBuilder("SELECT * FROM tracks WHERE organization_id = :organization_id");
        if (f.releaseId() != null) {
            sql.append(" AND release_id = :release_id");
            params.put("release_id", f.releaseId().value());
        }
        if (f.isrc() != null) {
            sql.append(" AND isrc = :isrc");
            params.put("isrc", f.isrc().value());
        }
        if (f.titleContains() != null && !f.titleContains().isEmpty()) {
            sql.append(" AND title ILIKE :title_pattern ESCAPE '\\'");
            params.put("title_pattern", Sql.containsPattern(f.titleContains()));
        }
        sql.append(Sql.after(page, "id", params)).append(Sql.newestFirst(page, "id", params));
        List<Track> rows = db.withHandle(h -> h.createQuery(sql.toString()).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), t -> new Cursor(t.createdAt(), t.id().value()));
    }

    @Override
    public boolean existsForArtist(OrganizationId organizationId, ArtistId artistId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM tracks
                                       WHERE organization_id = :organization_id AND artist_id = :artist_id)""")
                .bind("organization_id", organizationId.value())
                .bind("artist_id", artistId.value())
                .mapTo(Boolean.class)
                .one());
    }

    /** Reads a track from columns named as in its table, each preceded by {@code prefix} (joins alias them). */
    static final class TrackMapper implements RowMapper<Track> {
        private final String prefix;

        TrackMapper(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Track map(ResultSet rs, StatementContext ctx) throws SQLException {
            String releaseId = rs.getString(prefix + "release_id");
            String artistId = rs.getString(prefix + "artist_id");
            String isrc = rs.getString(prefix + "isrc");
            return new Track(TrackId.of(rs.getString(prefix + "id")),
                    OrganizationId.of(rs.getString(prefix + "organization_id")),
                    releaseId == null ? null : ReleaseId.of(releaseId), artistId == null ? null : ArtistId.of(artistId),
                    rs.getString(prefix + "title"), isrc == null ? null : Isrc.of(isrc),
                    rs.getLong(prefix + "duration_ms"), rs.getBoolean(prefix + "explicit"),
                    rs.getObject(prefix + "position", Integer.class), Sql.instant(rs, prefix + "created_at"),
                    Sql.instant(rs, prefix + "updated_at"), rs.getLong(prefix + "version"));
        }
    }
}
