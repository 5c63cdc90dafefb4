package io.soundport.domain.catalog;

import io.soundport.domain.identity.OrganizationId;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One stored media file of the catalog: the audio of a track or the artwork of a release. The content lives in the
 * {@code BlobStore} under {@code blobKey}; this record keeps what the platform knows of it: its size and hashes as
 * computed while it was stored, and the {@link MediaFacts} read from the file. {@code releaseId} is the release the
 * subject belongs to when it was stored (null for a track on no release), so that a release's assets are found in
 * one read.
 */
public record MediaAsset(OrganizationId organizationId, AssetSubject subject, ReleaseId releaseId, String blobKey,
                         String contentType, long size, String sha256, String md5, MediaFacts facts,
                         Instant uploadedAt) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern MD5 = Pattern.compile("[0-9a-f]{32}");

    public MediaAsset {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(blobKey, "blobKey");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        if (subject.kind() == MediaKind.ARTWORK && !subject.id().equals(releaseId == null ? null : releaseId.value())) {
            throw new IllegalArgumentException("artwork belongs to its own release");
        }
        if ((subject.kind() == MediaKind.AUDIO) != (facts instanceof MediaFacts.Audio)) {
            throw new IllegalArgumentException("audio facts for audio, image facts for artwork");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches() || md5 == null || !MD5.matcher(md5).matches()) {
            throw new IllegalArgumentException("hashes must be lower-case hexadecimal SHA-256 and MD5");
        }
        contentType = contentType.toLowerCase(Locale.ROOT);
    }
}
