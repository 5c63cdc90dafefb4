package io.soundport.application.catalog;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * A change of a track: a null field is kept; {@code releaseId} and {@code artistId} may be set, not cleared.
 * Carries the version the caller last saw ({@code expectedVersion}, null to skip the check). Build it with
 * {@link #of}, which checks every field.
 */
public record UpdateTrackCommand(TrackId id, String title, Isrc isrc, Long durationMs, Boolean explicit,
                                 Integer position, ReleaseId releaseId, ArtistId artistId, Long expectedVersion) {
    public UpdateTrackCommand {
        Objects.requireNonNull(id, "id");
        title = title == null ? null : Validation.requireText(title, "title", CreateTrackCommand.MAX_TITLE);
        if (durationMs != null) {
            Track.checkDuration(durationMs);
        }
        if (position != null) {
            Track.checkPosition(position);
        }
    }

    public static UpdateTrackCommand of(TrackId id, String title, String isrc, Long durationMs, Boolean explicit,
                                        Integer position, String releaseId, String artistId, Long expectedVersion) {
        Validation v = new Validation();
        String t = title == null ? null
                : v.field("title", () -> Validation.requireText(title, "title", CreateTrackCommand.MAX_TITLE));
        Isrc i = isrc == null ? null : v.field("isrc", () -> Isrc.of(isrc));
        Long d = durationMs == null ? null : v.field("durationMs", () -> Track.checkDuration(durationMs));
        Integer p = position == null ? null : v.field("position", () -> Track.checkPosition(position));
        ReleaseId r = releaseId == null ? null : v.field("releaseId", () -> ReleaseId.of(releaseId));
        ArtistId a = artistId == null ? null : v.field("artistId", () -> ArtistId.of(artistId));
        v.throwIfInvalid();
        return new UpdateTrackCommand(id, t, i, d, explicit, p, r, a, expectedVersion);
    }
}
