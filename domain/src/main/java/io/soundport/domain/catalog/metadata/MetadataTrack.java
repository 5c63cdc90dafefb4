package io.soundport.domain.catalog.metadata;

import java.util.Objects;

/**
 * A track of a medium: its position there (from 1), the number printed ({@code "A1"}, {@code "3"}), its title as
 * on this release, its length in milliseconds (null where unknown), and the recording it is.
 */
public record MetadataTrack(int position, String number, String title, Long lengthMs, MetadataRecording recording) {
    public MetadataTrack {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(recording, "recording");
    }
}
