package io.soundport.adapters.postgres;

import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.MediaAssets;
import io.soundport.domain.catalog.MediaFacts;
import io.soundport.domain.catalog.MediaKind;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.identity.OrganizationId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Media assets, one row per organization and subject ({@code kind}, {@code subject_id}); the facts in typed columns,
 * those of the other kind NULL. A put reads the row it replaces under {@code FOR UPDATE}, then upserts.
 */
final class PostgresMediaAssetsAdapter implements MediaAssets {
    private static final AssetMapper MAPPER = new AssetMapper();
    private final JdbiTransactionRunner db;

    PostgresMediaAssetsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        // put() upserts on the key; declared all the same, so that no violation goes unexplained
        db.declare(new UniqueConstraint("media_assets_pkey", "This asset is being replaced by another request",
                "subject"));
    }

    @Override
    public Optional<MediaAsset> put(MediaAsset a) {
        return db.inTransaction(() -> db.withHandle(h -> {
            Optional<MediaAsset> previous = select(h, a.organizationId(), a.subject(), " FOR UPDATE");
            Integer sampleRate = null;
            Integer bitDepth = null;
            Integer channels = null;
            Long durationMs = null;
            Integer width = null;
            Integer height = null;
            if (a.facts() instanceof MediaFacts.Audio audio) {
                sampleRate = audio.sampleRate();
                bitDepth = audio.bitDepth();
                channels = audio.channels();
                durationMs = audio.durationMs();
            } else if (a.facts() instanceof MediaFacts.Image image) {
                width = image.width();
                height = image.height();
            }
            h.createUpdate("""
                            INSERT INTO media_assets (organization_id, kind, subject_id, release_id, blob_key,
                                content_type, size_bytes, sha256, md5, codec, sample_rate, bit_depth, channels,
                                duration_ms, width, height, uploaded_at)
                            VALUES (:organization_id, :kind, :subject_id, :release_id, :blob_key, :content_type,
                                :size_bytes, :sha256, :md5, :codec, :sample_rate, :bit_depth, :channels, :duration_ms,
                                :width, :height, :uploaded_at)
                            ON CONFLICT (organization_id, kind, subject_id) DO UPDATE SET
                                release_id = EXCLUDED.release_id, blob_key = EXCLUDED.blob_key,
                                content_type = EXCLUDED.content_type, size_bytes = EXCLUDED.size_bytes,
                                sha256 = EXCLUDED.sha256, md5 = EXCLUDED.md5, codec = EXCLUDED.codec,
                                sample_rate = EXCLUDED.sample_rate, bit_depth = EXCLUDED.bit_depth,
                                channels = EXCLUDED.channels, duration_ms = EXCLUDED.duration_ms,
                                width = EXCLUDED.width, height = EXCLUDED.height, uploaded_at = EXCLUDED.uploaded_at""")
                    .bind("organization_id", a.organizationId().value())
                    .bind("kind", a.subject().kind().name())
                    .bind("subject_id", a.subject().id())
                    .bind("release_id", a.releaseId() == null ? null : a.releaseId().value())
                    .bind("blob_key", a.blobKey())
                    .bind("content_type", a.contentType())
                    .bind("size_bytes", a.size())
                    .bind("sha256", a.sha256())
                    .bind("md5", a.md5())
                    .bind("codec", a.facts().codec())
                    .bind("sample_rate", sampleRate)
                    .bind("bit_depth", bitDepth)
                    .bind("channels", channels)
                    .bind("duration_ms", durationMs)
                    .bind("width", width)
                    .bind("height", height)
                    .bind("uploaded_at", Sql.ts(a.uploadedAt()))
                    .execute();
            return previous;
        }));
    }

    @Override
    public Optional<MediaAsset> find(OrganizationId organizationId, AssetSubject subject) {
        return db.withHandle(h -> select(h, organizationId, subject, ""));
    }

    @Override
    public Optional<MediaAsset> remove(OrganizationId organizationId, AssetSubject subject) {
        return db.withHandle(h -> h.createQuery("""
                        DELETE FROM media_assets
                        WHERE organization_id = :organization_id AND kind = :kind AND subject_id = :subject_id
                        RETURNING *""")
                .bind("organization_id", organizationId.value())
                .bind("kind", subject.kind().name())
                .bind("subject_id", subject.id())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public List<MediaAsset> ofRelease(OrganizationId organizationId, ReleaseId releaseId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM media_assets
                        WHERE organization_id = :organization_id AND release_id = :release_id""")
                .bind("organization_id", organizationId.value())
                .bind("release_id", releaseId.value())
                .map(MAPPER)
                .list());
    }

    private static Optional<MediaAsset> select(Handle h, OrganizationId organizationId, AssetSubject subject,
                                               String lock) {
        return h.createQuery("""
                        SELECT * FROM media_assets
                        WHERE organization_id = :organization_id AND kind = :kind AND subject_id = :subject_id""" + lock)
                .bind("organization_id", organizationId.value())
                .bind("kind", subject.kind().name())
                .bind("subject_id", subject.id())
                .map(MAPPER)
                .findOne();
    }

    static final class AssetMapper implements RowMapper<MediaAsset> {
        @Override
        public MediaAsset map(ResultSet rs, StatementContext ctx) throws SQLException {
            MediaKind kind = MediaKind.valueOf(rs.getString("kind"));
            MediaFacts facts = kind == MediaKind.AUDIO
                    ? new MediaFacts.Audio(rs.getString("codec"), rs.getInt("sample_rate"), rs.getInt("bit_depth"),
                            rs.getInt("channels"), rs.getLong("duration_ms"))
                    : new MediaFacts.Image(rs.getString("codec"), rs.getInt("width"), rs.getInt("height"));
            String release = rs.getString("release_id");
            return new MediaAsset(OrganizationId.of(rs.getString("organization_id")),
                    new AssetSubject(kind, rs.getString("subject_id")), release == null ? null : ReleaseId.of(release),
                    rs.getString("blob_key"), rs.getString("content_type"), rs.getLong("size_bytes"),
                    rs.getString("sha256"), rs.getString("md5"), facts, Sql.instant(rs, "uploaded_at"));
        }
    }
}
