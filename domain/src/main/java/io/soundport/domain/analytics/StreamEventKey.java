package io.soundport.domain.analytics;

import io.soundport.domain.shared.DomainException;

/**
 * The sender's own id of a stream event ({@code event_id}), unique within the organization: an event sent twice is
 * counted once. 1 to {@value #MAX_LENGTH} visible ASCII characters (a UUID, a DSP's row id, {@code report:row}).
 */
public record StreamEventKey(String value) {
    public static final int MAX_LENGTH = 128;

    public StreamEventKey {
        if (value == null || value.isEmpty()) {
            throw DomainException.invalid("eventId", "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw DomainException.invalid("eventId", "must be at most " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c > '~') {
                throw DomainException.invalid("eventId",
                        "must be visible ASCII characters (letters, digits, punctuation), without spaces");
            }
        }
    }

    public static StreamEventKey of(String value) {
        return new StreamEventKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
