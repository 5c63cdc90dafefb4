package io.soundport.domain.distribution;

import java.time.Instant;
import java.util.Objects;

/** One try to hand a package to a partner: when, whether it worked, what went wrong, the partner's reference. */
public record DeliveryAttempt(int number, Instant at, boolean succeeded, String error, String partnerReference,
                              long durationMs) {
    public DeliveryAttempt {
        Objects.requireNonNull(at, "at");
    }
}
