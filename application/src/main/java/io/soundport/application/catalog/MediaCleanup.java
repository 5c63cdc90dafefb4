package io.soundport.application.catalog;

import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.MediaAssets;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.port.BlobStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Removes the media of what the catalog deletes: the audio of a deleted track, the artwork of a deleted release and
 * the audio of its tracks. The records go inside the caller's unit of work; the files are deleted once it has
 * committed ({@link #discard}), so that a rolled-back delete leaves every file its records name. A file that cannot
 * be deleted is logged and left behind, never failing the delete that was already committed.
 */
public final class MediaCleanup {
    private static final System.Logger LOG = System.getLogger(MediaCleanup.class.getName());

    private final MediaAssets assets;
    private final BlobStore blobs;

    public MediaCleanup(MediaAssets assets, BlobStore blobs) {
        this.assets = Objects.requireNonNull(assets, "assets");
        this.blobs = Objects.requireNonNull(blobs, "blobs");
    }

    /** Removes the track's audio record, inside the unit of work; answers what to {@link #discard} after it. */
    List<MediaAsset> removeOfTrack(OrganizationId org, TrackId track) {
        return assets.remove(org, AssetSubject.audioOf(track)).map(List::of).orElse(List.of());
    }

    /**
     * Removes the release's artwork record and the audio records of these tracks (the release's), inside the unit of
     * work; answers what to {@link #discard} after it.
     */
    List<MediaAsset> removeOfRelease(OrganizationId org, ReleaseId release, List<TrackId> tracks) {
        List<MediaAsset> removed = new ArrayList<>();
        assets.remove(org, AssetSubject.artworkOf(release)).ifPresent(removed::add);
        for (TrackId track : tracks) {
            removed.addAll(removeOfTrack(org, track));
        }
        return removed;
    }

    /** Deletes the files of removed records, once their removal has committed. */
    void discard(List<MediaAsset> removed) {
        for (MediaAsset asset : removed) {
            try {
                blobs.delete(asset.blobKey());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not delete the media file " + asset.blobKey()
                        + " of the deleted " + asset.subject() + ": " + e.getMessage());
            }
        }
    }
}
