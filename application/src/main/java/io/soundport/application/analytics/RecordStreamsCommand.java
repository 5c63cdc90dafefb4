package io.soundport.application.analytics;

import io.soundport.domain.analytics.Country;
import io.soundport.domain.analytics.Revenue;
import io.soundport.domain.analytics.Store;
import io.soundport.domain.analytics.StreamEventKey;
import io.soundport.domain.analytics.StreamFact;
import io.soundport.domain.analytics.StreamFacts;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A batch of 1 to {@value StreamFacts#MAX_BATCH} stream events to count. Build it with {@link #of}, which checks
 * every event and names each wrong field as {@code events[i].field}: one wrong event refuses the batch, so that a
 * sender fixes it and sends the batch again (the events already counted are not counted twice).
 */
public record RecordStreamsCommand(List<RequestedStream> events) {
    /** Stream events before this are refused as mistakes (a zero date, seconds read as milliseconds). */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    public RecordStreamsCommand {
        events = List.copyOf(events);
        if (events.isEmpty() || events.size() > StreamFacts.MAX_BATCH) {
            throw DomainException.invalid("events", "must hold 1 to " + StreamFacts.MAX_BATCH + " events");
        }
    }

    public static RecordStreamsCommand of(List<StreamEventInput> inputs) {
        if (inputs == null || inputs.isEmpty() || inputs.size() > StreamFacts.MAX_BATCH) {
            throw DomainException.invalid("events", "must hold 1 to " + StreamFacts.MAX_BATCH + " events");
        }
        Validation v = new Validation();
        List<RequestedStream> events = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            StreamEventInput input = inputs.get(i);
            String at = "events[" + i + "]";
            if (input == null) {
                v.require(false, at, "must be an event");
                continue;
            }
            events.add(v.nested(at, () -> event(input)));
        }
        v.throwIfInvalid();
        return new RecordStreamsCommand(events);
    }

    /** One event, every wrong field reported under its own name. */
    static RequestedStream event(StreamEventInput in) {
        Validation v = new Validation();
        StreamEventKey key = v.field("eventId", () -> StreamEventKey.of(in.eventId()));
        TrackId trackId = null;
        Isrc isrc = null;
        if (in.trackId() != null && in.isrc() != null || in.trackId() == null && in.isrc() == null) {
            v.require(false, "trackId", "name the track by trackId or by isrc, one of the two");
        } else if (in.trackId() != null) {
            trackId = v.field("trackId", () -> TrackId.of(in.trackId()));
        } else {
            isrc = v.field("isrc", () -> Isrc.of(in.isrc()));
        }
        Store store = v.field("partner", () -> Store.of(in.partner()));
        Country country = v.field("country", () -> Country.of(in.country()));
        Instant occurredAt = v.field("occurredAt", () -> instant(in.occurredAt()));
        long count = in.count() == null ? 1 : in.count();
        v.require(count >= 1 && count <= StreamFact.MAX_COUNT, "count", "must be from 1 to " + StreamFact.MAX_COUNT);
        Revenue revenue = v.nested("", () -> revenue(in));
        v.throwIfInvalid();
        return new RequestedStream(key, trackId, isrc, store, country, occurredAt, count, revenue);
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("occurredAt", "must not be blank");
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("occurredAt", "must be an ISO-8601 date-time with an offset, such as "
                    + "2026-12-04T18:30:00Z");
        }
        if (at.isBefore(EARLIEST)) {
            throw DomainException.invalid("occurredAt", "must not be before " + EARLIEST);
        }
        return at;
    }

    private static Revenue revenue(StreamEventInput in) {
        if (in.revenueAmount() == null && in.revenueCurrency() == null) {
            return null;
        }
        Validation v = new Validation();
        v.require(in.revenueAmount() != null, "revenue.amount", "must be given with the currency");
        Currency currency = v.field("revenue.currency", () -> Money.currency(in.revenueCurrency(),
                "revenue.currency"));
        v.throwIfInvalid();
        return Revenue.ofDecimal(in.revenueAmount(), currency, "revenue.amount");
    }
}
