package io.soundport.application.distribution;

import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds what a partner receives for a release: the ERN message as {@code <messageId>.xml} and the
 * {@value DeliveryManifest#FILE_NAME} that lists it with its size and SHA-256.
 */
public final class DeliveryPackages {
    private DeliveryPackages() {
    }

    /** The package delivering the release, or taking it down, by {@code kind}. */
    public static DeliveryPackage build(DeliveryKind kind, ErnMessage.Party sender, ErnMessage.Party recipient,
                                        String messageId, Release release, String artistName, List<Track> tracks,
                                        Instant now) {
        return of(ErnMessage.of(kind, sender, recipient, messageId, release, artistName, tracks, now), release, now);
    }

    /** The package carrying an ERN message already built for {@code release}. */
    public static DeliveryPackage of(ErnMessage ern, Release release, Instant now) {
        Objects.requireNonNull(ern, "ern");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ern.fileName(), ern.bytes());
        files.put(DeliveryManifest.FILE_NAME, DeliveryManifest.build(ern.messageId(), ern.kind(), release, files, now));
        return new DeliveryPackage(ern.messageId(), ern.kind(), files);
    }
}
