package io.soundport.application.catalog;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

/**
 * A new track, on a DRAFT release ({@code releaseId}) or on its own (null). Without an {@code artistId} it takes
 * its release's artist. Build it with {@link #of}, which checks every field.
 */
public record CreateTrackCommand(String title, Isrc isrc, long durationMs, boolean explicit, Integer position,
                                 ReleaseId releaseId, ArtistId artistId) {
    public static final int MAX_TITLE = 300;

    public CreateTrackCommand {
        title = Validation.requireText(title, "title", MAX_TITLE);
        Track.checkDuration(durationMs);
        if (position != null) {
            Track.checkPosition(position);
        }
    }

    public static CreateTrackCommand of(String title, String isrc, Long durationMs, Boolean explicit,
                                        Integer position, String releaseId, String artistId) {
        Validation v = new Validation();
        String t = v.field("title", () -> Validation.requireText(title, "title", MAX_TITLE));
        Isrc i = isrc == null || isrc.isBlank() ? null : v.field("isrc", () -> Isrc.of(isrc));
        Long d = v.field("durationMs", () -> {
            if (durationMs == null) {
                throw DomainException.invalid("durationMs", "is required");
            }
            return Track.checkDuration(durationMs);
        });
        Integer p = position == null ? null : v.field("position", () -> Track.checkPosition(position));
        ReleaseId r = releaseId == null ? null : v.field("releaseId", () -> ReleaseId.of(releaseId));
        ArtistId a = artistId == null ? null : v.field("artistId", () -> ArtistId.of(artistId));
        v.throwIfInvalid();
        return new CreateTrackCommand(t, i, d, explicit != null && explicit, p, r, a);
    }
}
