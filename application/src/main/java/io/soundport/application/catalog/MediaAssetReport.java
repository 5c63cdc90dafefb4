package io.soundport.application.catalog;

import io.soundport.domain.catalog.MediaAsset;

import java.util.List;
import java.util.Objects;

/**
 * A stored media asset with what the platform has to say about it now: warnings that refuse nothing but may make a
 * DSP refuse the file (an audio file whose length differs from its track's {@code duration_ms} by more than a second).
 */
public record MediaAssetReport(MediaAsset asset, List<Warning> warnings) {
    public MediaAssetReport {
        Objects.requireNonNull(asset, "asset");
        warnings = List.copyOf(warnings);
    }

    /** One warning: a stable code and a message for people. */
    public record Warning(String code, String message) {
        public static final String DURATION_MISMATCH = "DURATION_MISMATCH";
    }
}
