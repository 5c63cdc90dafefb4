package io.soundport.sdk.model;

/**
 * A release imported from MusicBrainz as a DRAFT, and what became of its front cover when the import asked for it.
 *
 * @param release      the release created
 * @param coverValue   what became of the cover as sent ({@code Cover-Art}); {@link #cover()} reads it as an enum; null
 *                     when the answer said nothing of the cover: none was asked for, or the answer replays an earlier
 *                     request's with the same idempotency key (that request dealt with the cover:
 *                     {@code releases().retrieveArtwork(id)} tells whether it is there)
 * @param coverMessage why the cover was not stored, for people ({@code Cover-Art-Message}), or null
 */
public record ReleaseImport(Release release, String coverValue, String coverMessage) {
    /**
     * What became of the cover.
     *
     * @return the outcome, {@link CoverArtOutcome#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #coverValue()}), or null when the answer said nothing of the cover
     */
    public CoverArtOutcome cover() {
        return CoverArtOutcome.fromValue(coverValue);
    }
}
