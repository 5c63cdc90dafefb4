package io.soundport.domain.catalog;

import io.soundport.domain.identity.OrganizationId;

import java.util.List;
import java.util.Optional;

/**
 * Persistence of media assets (track audio, release artwork), always within one organization: one asset per
 * {@link AssetSubject}. Only the record lives here; the content is in the {@code BlobStore}, and removing the record
 * leaves the blob to the caller.
 */
public interface MediaAssets {
    /**
     * Stores the asset, replacing the one its subject had; answers the replaced one (whose blob the caller may now
     * delete), or empty. Inside a unit of work it commits or rolls back with it.
     */
    Optional<MediaAsset> put(MediaAsset asset);

    Optional<MediaAsset> find(OrganizationId organizationId, AssetSubject subject);

    /** Removes the subject's asset and answers it; empty when it had none. */
    Optional<MediaAsset> remove(OrganizationId organizationId, AssetSubject subject);

    /** The assets stored for a release: its artwork and the audio of its tracks, in no particular order. */
    List<MediaAsset> ofRelease(OrganizationId organizationId, ReleaseId releaseId);
}
