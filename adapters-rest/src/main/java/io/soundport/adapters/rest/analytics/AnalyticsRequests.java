package io.soundport.adapters.rest.analytics;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.analytics.RecordStreamsCommand;
import io.soundport.application.analytics.StreamEventInput;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The bodies analytics take. */
final class AnalyticsRequests {
    private AnalyticsRequests() {
    }

    @Schema(name = "RecordStreamsRequest", description = "1 to 1,000 stream events, checked whole: one wrong event "
            + "refuses the batch and counts nothing")
    record RecordStreamsRequest(@Nullable List<@Nullable StreamEventRequest> events) {
        RecordStreamsCommand command() {
            return RecordStreamsCommand.of(events == null ? null : events.stream()
                    .map(e -> e == null ? null : e.input()).toList());
        }
    }

    @Schema(name = "StreamEvent", description = "Plays of one track: name it by track_id or by isrc, one of the two")
    record StreamEventRequest(
            @Nullable @Schema(description = "your id of the event, 1 to 128 visible ASCII characters: an event sent "
                    + "again with the same id is not counted twice") String eventId,
            @Nullable @Schema(description = "a track of the catalog") String trackId,
            @Nullable @Schema(description = "the ISRC of a track of the catalog, instead of track_id") String isrc,
            @Nullable @Schema(description = "the store or service, such as spotify or apple_music") String partner,
            @Nullable @Schema(description = "ISO 3166-1 alpha-2 country of the listener, or ZZ when unknown")
            String country,
            @Nullable @Schema(description = "when it happened, ISO-8601 with an offset; not in the future")
            String occurredAt,
            @Nullable @Schema(description = "plays, 1 to 1,000,000,000 (1)") Long count,
            @Nullable RevenueRequest revenue) {
        StreamEventInput input() {
            return new StreamEventInput(eventId, trackId, isrc, partner, country, occurredAt, count,
                    revenue == null ? null : revenue.amount(), revenue == null ? null : revenue.currency());
        }
    }

    @Schema(name = "RevenueAmount", description = "What the plays earned: a decimal of the currency's major units "
            + "with at most six decimals (a play earns a fraction of a cent), given as a JSON number or a string")
    record RevenueRequest(@Nullable @Schema(type = "string", format = "decimal", example = "0.0034") BigDecimal amount,
                          @Nullable @Schema(description = "ISO 4217, such as USD") String currency) {
    }
}
