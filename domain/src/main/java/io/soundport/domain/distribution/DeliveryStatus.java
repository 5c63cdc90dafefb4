package io.soundport.domain.distribution;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;

/** QUEUED → IN_PROGRESS → DELIVERED, or → RETRYING → … → FAILED after the last attempt; a retry re-queues a FAILED one. */
public enum DeliveryStatus {
    QUEUED, IN_PROGRESS, RETRYING, DELIVERED, FAILED;

    public boolean finished() {
        return this == DELIVERED || this == FAILED;
    }

    public static DeliveryStatus parse(String value) {
        try {
            return DeliveryStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("status", "must be QUEUED, IN_PROGRESS, RETRYING, DELIVERED or FAILED");
        }
    }
}
