package io.soundport.adapters.postgres;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class PostgresArtistsAdapter implements Artists {
    private static final ArtistMapper MAPPER = new ArtistMapper("");
    private final JdbiTransactionRunner db;

    PostgresArtistsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("artists_pkey", "An artist with this id already exists", "id"));
    }

    @Override
    public void add(Artist a) {
        db.withHandle(h -> bindRow(h.createUpdate("""
                        INSERT INTO artists (id, organization_id, name, musicbrainz_id, spotify_id, created_at,
                                             updated_at, version)
                        VALUES (:id, :organization_id, :name, :musicbrainz_id, :spotify_id, :created_at,
                                :updated_at, :version)"""), a).execute());
    }

    /** Binds every column of the artist, each under its column's name. */
    private static <S extends SqlStatement<S>> S bindRow(S statement, Artist a) {
        return statement.bind("id", a.id().value())
                .bind("organization_id", a.organizationId().value())
                .bind("name", a.name())
                .bind("musicbrainz_id", a.musicbrainzId())
                .bind("spotify_id", a.spotifyId())
                .bind("created_at", Sql.ts(a.createdAt()))
                .bind("updated_at", Sql.ts(a.updatedAt()))
                .bind("version", a.version());
    }

    @Override
    public Optional<Artist> find(OrganizationId organizationId, ArtistId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM artists WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Optional<Artist> findByName(OrganizationId organizationId, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM artists
                        WHERE organization_id = :organization_id AND lower(name) = lower(:name)
                        ORDER BY created_at, id
                        LIMIT 1""")
                .bind("organization_id", organizationId.value())
                .bind("name", name.strip())
                .map(MAPPER)
                .findOne());
    }

    /**
     * One round trip when the artist exists. When it does not, the same statement takes a transaction lock on the
     * name (an advisory lock: artists have no unique name, as two may share one), and a second statement, whose
     * snapshot is taken after the lock, finds the artist a concurrent call added meanwhile or adds the candidate.
     * The lock ends with the unit of work, so the artist another call added is committed by the time it is read;
     * two names whose keys collide only wait for each other.
     */
    @Override
    public Artist findByNameOrAdd(Artist candidate) {
        return db.inTransaction(() -> db.withHandle(h -> h.createQuery("""
                        SELECT a.*,
                               CASE WHEN a.id IS NULL THEN pg_advisory_xact_lock(
                                   hashtextextended(:organization_id || '/' || lower(:name), 0)) END AS name_lock
                        FROM (SELECT 1) AS one
                        LEFT JOIN (SELECT * FROM artists
                                   WHERE organization_id = :organization_id AND lower(name) = lower(:name)
                                   ORDER BY created_at, id
                                   LIMIT 1) AS a ON true""")
                .bind("organization_id", candidate.organizationId().value())
                .bind("name", candidate.name())
                .map((rs, ctx) -> Optional.ofNullable(rs.getString("id") == null ? null : MAPPER.map(rs, ctx)))
                .one()
                .orElseGet(() -> bindRow(h.createQuery("""
                                WITH found AS (
                                    SELECT * FROM artists
                                    WHERE organization_id = :organization_id AND lower(name) = lower(:name)
                                    ORDER BY created_at, id
                                    LIMIT 1),
                                added AS (
                                    INSERT INTO artists (id, organization_id, name, musicbrainz_id, spotify_id,
                                                         created_at, updated_at, version)
                                    SELECT :id, :organization_id, :name, :musicbrainz_id, :spotify_id,
                                           :created_at, :updated_at, :version
                                    WHERE NOT EXISTS (SELECT 1 FROM found)
                                    RETURNING *)
                                SELECT * FROM found UNION ALL SELECT * FROM added"""), candidate)
                        .map(MAPPER)
                        .one())));
    }

    @Override
    public Artist update(Artist a) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE artists SET name = :name, musicbrainz_id = :musicbrainz_id, spotify_id = :spotify_id,
                               updated_at = :updated_at, version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", a.id().value())
                .bind("organization_id", a.organizationId().value())
                .bind("name", a.name())
                .bind("musicbrainz_id", a.musicbrainzId())
                .bind("spotify_id", a.spotifyId())
                .bind("updated_at", Sql.ts(a.updatedAt()))
                .bind("version", a.version())
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "artists", "Artist", a.id().value(),
                        a.organizationId().value())));
    }

    @Override
    public boolean remove(OrganizationId organizationId, ArtistId id) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM artists WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .execute()) > 0;
    }

    @Override
    public Page<Artist> list(OrganizationId organizationId, String nameContains, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        StringBuilder sql = new StringBuilder("SELECT * FROM artists WHERE organization_id = :organization_id");
        if (nameContains != null && !nameContains.isEmpty()) {
            sql.append(" AND name ILIKE :name_pattern ESCAPE '\\'");
            params.put("name_pattern", Sql.containsPattern(nameContains));
        }
        sql.append(Sql.after(page, "id", params)).append(Sql.newestFirst(page, "id", params));
        List<Artist> rows = db.withHandle(h -> h.createQuery(sql.toString()).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), a -> new Cursor(a.createdAt(), a.id().value()));
    }

    /** Reads an artist from columns named as in its table, each preceded by {@code prefix} (joins alias them). */
    static final class ArtistMapper implements RowMapper<Artist> {
        private final String prefix;

        ArtistMapper(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Artist map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Artist(ArtistId.of(rs.getString(prefix + "id")),
                    OrganizationId.of(rs.getString(prefix + "organization_id")), rs.getString(prefix + "name"),
                    rs.getString(prefix + "musicbrainz_id"), rs.getString(prefix + "spotify_id"),
                    Sql.instant(rs, prefix + "created_at"), Sql.instant(rs, prefix + "updated_at"),
                    rs.getLong(prefix + "version"));
        }
    }
}
