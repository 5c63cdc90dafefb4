package io.soundport.adapters.postgres;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.CopyrightLine;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.catalog.ReleaseFilter;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Territory;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Releases with their territories in a text[] column, in the order the release lists them. */
final class PostgresReleasesAdapter implements Releases {
    private static final ReleaseMapper MAPPER = new ReleaseMapper();
    private static final PostgresArtistsAdapter.ArtistMapper ARTIST = new PostgresArtistsAdapter.ArtistMapper("a_");
    private static final PostgresTracksAdapter.TrackMapper TRACK = new PostgresTracksAdapter.TrackMapper("t_");
    /**
     * The release, its artist and its tracks in one statement: one row per track (the release and artist columns
     * repeated), or one row with null track columns when it has none. A join rather than a JSON aggregate, so that
     * the rows are read by the same mappers as everywhere else, with no JSON text to build and parse.
     */
    private static final String DETAILS = """
            SELECT r.*,
                   a.id AS a_id, a.organization_id AS a_organization_id, a.name AS a_name,
                   a.musicbrainz_id AS a_musicbrainz_id, a.spotify_id AS a_spotify_id, a.created_at AS a_created_at,
                   a.updated_at AS a_updated_at, a.version AS a_version,
                   t.id AS t_id, t.organization_id AS t_organization_id, t.release_id AS t_release_id,
                   t.artist_id AS t_artist_id, t.title AS t_title, t.isrc AS t_isrc, t.duration_ms AS t_duration_ms,
                   t.explicit AS t_explicit, t.position AS t_position, t.created_at AS t_created_at,
                   t.updated_at AS t_updated_at, t.version AS t_version
            FROM releases r
            LEFT JOIN artists a ON a.organization_id = r.organization_id AND a.id = r.artist_id
            LEFT JOIN tracks t ON t.organization_id = r.organization_id AND t.release_id = r.id
            WHERE r.id = :id AND r.organization_id = :organization_id
            ORDER BY t.position NULLS LAST, t.created_at, t.id""";
    private final JdbiTransactionRunner db;

    PostgresReleasesAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("releases_pkey", "A release with this id already exists", "id"),
                new UniqueConstraint("releases_org_id_key", "A release with this id already exists", "id"),
                new UniqueConstraint("releases_organization_id_upc_key",
                        "A release with this UPC already exists in the organization", "upc"));
    }

    @Override
    public void add(Release r) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO releases (id, organization_id, title, artist_id, upc, label, release_date, genre,
                                              territories, status, created_at, updated_at, version, p_line_year,
                                              p_line_owner, c_line_year, c_line_owner)
                        VALUES (:id, :organization_id, :title, :artist_id, :upc, :label, :release_date, :genre,
                                CAST(:territories AS text[]), :status, :created_at, :updated_at, :version,
                                :p_line_year, :p_line_owner, :c_line_year, :c_line_owner)""")
                .bindMap(lines(r))
                .bind("id", r.id().value())
                .bind("organization_id", r.organizationId().value())
                .bind("title", r.title())
                .bind("artist_id", r.artistId().value())
                .bind("upc", r.upc() == null ? null : r.upc().value())
                .bind("label", r.label())
                .bind("release_date", r.releaseDate())
                .bind("genre", r.genre())
                .bindArray("territories", String.class, r.territories().stream().map(Territory::code).toList())
                .bind("status", r.status().name())
                .bind("created_at", Sql.ts(r.createdAt()))
                .bind("updated_at", Sql.ts(r.updatedAt()))
                .bind("version", r.version())
                .execute());
    }

    @Override
    public Optional<Release> find(OrganizationId organizationId, ReleaseId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM releases WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Optional<ReleaseDetails> findDetails(OrganizationId organizationId, ReleaseId id) {
        return db.withHandle(h -> h.createQuery(DETAILS)
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .scanResultSet((rows, ctx) -> {
                    ResultSet rs = rows.get();
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Release release = MAPPER.map(rs, ctx);
                    if (rs.getString("a_id") == null) {
                        throw DomainException.notFound("Artist", release.artistId().value());
                    }
                    Artist artist = ARTIST.map(rs, ctx);
                    List<Track> tracks = new ArrayList<>();
                    do {
                        if (rs.getString("t_id") != null) {
                            tracks.add(TRACK.map(rs, ctx));
                        }
                    } while (rs.next());
                    return Optional.of(new ReleaseDetails(release, artist, tracks));
                }));
    }

    @Override
    public Release update(Release r) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE releases SET title = :title, artist_id = :artist_id, upc = :upc, label = :label,
                               release_date = :release_date, genre = :genre,
                               territories = CAST(:territories AS text[]), status = :status,
                               p_line_year = :p_line_year, p_line_owner = :p_line_owner,
                               c_line_year = :c_line_year, c_line_owner = :c_line_owner,
                               updated_at = :updated_at, version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bindMap(lines(r))
                .bind("id", r.id().value())
                .bind("organization_id", r.organizationId().value())
                .bind("title", r.title())
                .bind("artist_id", r.artistId().value())
                .bind("upc", r.upc() == null ? null : r.upc().value())
                .bind("label", r.label())
                .bind("release_date", r.releaseDate())
                .bind("genre", r.genre())
                .bindArray("territories", String.class, r.territories().stream().map(Territory::code).toList())
                .bind("status", r.status().name())
                .bind("updated_at", Sql.ts(r.updatedAt()))
                .bind("version", r.version())
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "releases", "Release", r.id().value(),
                        r.organizationId().value())));
    }

    @Override
    public boolean remove(OrganizationId organizationId, ReleaseId id) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM releases WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .execute()) > 0;
    }

    @Override
    public Page<Release> list(OrganizationId organizationId, ReleaseFilter filter, PageRequest page) {
        ReleaseFilter f = filter == null ? ReleaseFilter.ALL : filter;
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        StringBuilder sql = new StringBuilder("SELECT * FROM releases WHERE organization_id = :organization_id");
        if (f.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", f.status().name());
        }
        if (f.artistId() != null) {
            sql.append(" AND artist_id = :artist_id");
            params.put("artist_id", f.artistId().value());
        }
        if (f.titleContains() != null && !f.titleContains().isEmpty()) {
            sql.append(" AND title ILIKE :title_pattern ESCAPE '\\'");
            params.put("title_pattern", Sql.containsPattern(f.titleContains()));
        }
        sql.append(Sql.after(page, "id", params)).append(Sql.newestFirst(page, "id", params));
        List<Release> rows = db.withHandle(h -> h.createQuery(sql.toString()).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), r -> new Cursor(r.createdAt(), r.id().value()));
    }

    @Override
    public boolean existsForArtist(OrganizationId organizationId, ArtistId artistId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM releases
                                       WHERE organization_id = :organization_id AND artist_id = :artist_id)""")
                .bind("organization_id", organizationId.value())
                .bind("artist_id", artistId.value())
                .mapTo(Boolean.class)
                .one());
    }

    /** The ℗ and © lines' columns, null when a line is absent. */
    private static java.util.Map<String, Object> lines(Release r) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("p_line_year", r.pLine() == null ? null : r.pLine().year());
        params.put("p_line_owner", r.pLine() == null ? null : r.pLine().owner());
        params.put("c_line_year", r.cLine() == null ? null : r.cLine().year());
        params.put("c_line_owner", r.cLine() == null ? null : r.cLine().owner());
        return params;
    }

    static final class ReleaseMapper implements RowMapper<Release> {
        @Override
        public Release map(ResultSet rs, StatementContext ctx) throws SQLException {
            String upc = rs.getString("upc");
            List<Territory> territories = new ArrayList<>();
            for (Object code : (Object[]) rs.getArray("territories").getArray()) {
                territories.add(Territory.of((String) code));
            }
            return new Release(ReleaseId.of(rs.getString("id")), OrganizationId.of(rs.getString("organization_id")),
                    rs.getString("title"), ArtistId.of(rs.getString("artist_id")), upc == null ? null : Upc.of(upc),
                    rs.getString("label"), rs.getObject("release_date", LocalDate.class), rs.getString("genre"),
                    territories, ReleaseStatus.valueOf(rs.getString("status")), Sql.instant(rs, "created_at"),
                    Sql.instant(rs, "updated_at"), rs.getLong("version"), line(rs, "p_line"), line(rs, "c_line"));
        }

        private static CopyrightLine line(ResultSet rs, String prefix) throws SQLException {
            int year = rs.getInt(prefix + "_year");
            return rs.wasNull() ? null : new CopyrightLine(year, rs.getString(prefix + "_owner"));
        }
    }
}
