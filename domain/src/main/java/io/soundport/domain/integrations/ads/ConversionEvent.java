package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.Objects;

/**
 * One event for the Conversions API: its name ({@code Purchase}, {@code Lead} or one of ours), when it happened (to
 * the second), the id that lets Meta drop the same event sent by the pixel too ({@code event_id}), where it happened,
 * who did it (hashed), and optionally the value it brought ({@code custom_data.value} and {@code currency}).
 */
public record ConversionEvent(String eventName, Instant eventTime, String eventId, ActionSource actionSource,
                              ConversionUser user, Money value) {
    public ConversionEvent {
        eventName = Validation.requireText(eventName, "eventName", 100);
        eventId = Validation.requireText(eventId, "eventId", 200);
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(actionSource, "actionSource");
        if (user == null || !user.identifies()) {
            throw DomainException.invalid("userData", "give an e-mail, a phone, an external id, a client IP address, "
                    + "fbc or fbp");
        }
        if (actionSource == ActionSource.WEBSITE && user.clientUserAgent() == null) {
            throw DomainException.invalid("userData.clientUserAgent", "is required for a website event");
        }
        if (value != null && value.isNegative()) {
            throw DomainException.invalid("customData.value", "must not be negative");
        }
    }
}
