package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.util.List;
import java.util.Objects;

/**
 * Events for one pixel, sent in one request: 1 to {@value #MAX_EVENTS} (Meta's limit), with the
 * {@code test_event_code} of Events Manager's test tab when they are a test (Meta then shows them there and does not
 * count them).
 */
public record ConversionBatch(PixelId pixel, String testEventCode, List<ConversionEvent> events) {
    public static final int MAX_EVENTS = 1000;

    public ConversionBatch {
        Objects.requireNonNull(pixel, "pixel");
        testEventCode = Validation.optionalText(testEventCode, "testEventCode", 100);
        if (events == null || events.isEmpty() || events.size() > MAX_EVENTS) {
            throw DomainException.invalid("events", "must hold 1 to " + MAX_EVENTS + " events");
        }
        events = List.copyOf(events);
    }
}
