package io.soundport.domain.marketing;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.shared.DomainException;

/** What a campaign promotes: one release of the catalog, or one track; exactly one of the two. */
public record Promotion(ReleaseId releaseId, TrackId trackId) {
    public Promotion {
        if ((releaseId == null) == (trackId == null)) {
            throw DomainException.invalid("releaseId", "give either a release_id or a track_id");
        }
    }

    public static Promotion of(ReleaseId releaseId) {
        return new Promotion(releaseId, null);
    }

    public static Promotion of(TrackId trackId) {
        return new Promotion(null, trackId);
    }
}
