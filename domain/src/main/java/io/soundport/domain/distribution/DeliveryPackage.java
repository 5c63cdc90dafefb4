package io.soundport.domain.distribution;

import java.util.Map;
import java.util.Objects;

/**
 * What a partner receives: named files (the DDEX ERN message, a JSON manifest with checksums) and the message id.
 * The same package is sent again on a retry.
 */
public record DeliveryPackage(String messageId, DeliveryKind kind, Map<String, byte[]> files) {
    public DeliveryPackage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(kind, "kind");
        files = Map.copyOf(files);
    }
}
