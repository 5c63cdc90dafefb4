package io.soundport.domain.notifications;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;

/** The channels a notification goes by. */
public enum Channel {
    EMAIL, SMS, PUSH;

    /** {@code email}, {@code sms} or {@code push}, in any case; refused otherwise, naming {@code field}. */
    public static Channel parse(String value, String field) {
        if (value != null) {
            for (Channel channel : values()) {
                if (channel.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    return channel;
                }
            }
        }
        throw DomainException.invalid(field, "must be email, sms or push");
    }
}
