package io.soundport.application.distribution;

import io.soundport.domain.distribution.TakedownMessage;
import io.soundport.domain.shared.DomainException;

import java.util.Locale;

/** The wire names of {@link TakedownMessage}: {@code message} and {@code purge}. */
final class PartnerTakedowns {
    private PartnerTakedowns() {
    }

    static TakedownMessage parse(String raw) {
        try {
            return TakedownMessage.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("takedown", "must be message or purge");
        }
    }
}
