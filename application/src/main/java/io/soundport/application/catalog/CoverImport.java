package io.soundport.application.catalog;

import java.util.Objects;

/**
 * What became of a release's front cover fetched from the cover archive: {@link Stored} as the release's artwork, or
 * {@link NotStored} for a {@link Reason}, with a message for people. Never a failure of what asked for it.
 */
public sealed interface CoverImport {

    /** The cover is the release's artwork now. */
    record Stored(MediaAssetReport artwork) implements CoverImport {
        public Stored {
            Objects.requireNonNull(artwork, "artwork");
        }
    }

    /** The release has no artwork from the archive, and why. */
    record NotStored(Reason reason, String message) implements CoverImport {
        public NotStored {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Why a cover was not stored. */
    enum Reason {
        /** The archive has no front cover of the release. */
        NOT_FOUND,
        /** The archive's cover is not what artwork must be (JPEG or PNG, square, at least 1400 px). */
        REFUSED,
        /** The archive failed, could not be reached or is unavailable, or the cover could not be stored. */
        FAILED
    }
}
