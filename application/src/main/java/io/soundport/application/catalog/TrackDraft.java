package io.soundport.application.catalog;

import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

/** A track as a caller describes it, before it has an id. */
public record TrackDraft(String title, Isrc isrc, long durationMs, boolean explicit, Integer position) {

    /** Checks raw input; errors are reported under the caller's field names. */
    public static TrackDraft of(String title, String isrc, Long durationMs, Boolean explicit, Integer position) {
        Validation v = new Validation();
        String t = v.field("title", () -> Validation.requireText(title, "title", 300));
        Isrc i = isrc == null || isrc.isBlank() ? null : v.field("isrc", () -> Isrc.of(isrc));
        Long d = v.field("durationMs", () -> {
            if (durationMs == null) {
                throw DomainException.invalid("durationMs", "is required");
            }
            return Track.checkDuration(durationMs);
        });
        Integer p = position == null ? null : v.field("position", () -> Track.checkPosition(position));
        v.throwIfInvalid();
        return new TrackDraft(t, i, d, explicit != null && explicit, p);
    }
}
