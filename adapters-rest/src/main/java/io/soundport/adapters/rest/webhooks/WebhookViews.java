package io.soundport.adapters.rest.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.application.webhooks.EventTypes;
import io.soundport.domain.webhooks.MessageStatus;
import io.soundport.domain.webhooks.WebhookAttempt;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookMessage;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the webhook endpoints answer. An endpoint's secret appears only when it is created or rotated. */
final class WebhookViews {
    private WebhookViews() {
    }

    @Schema(name = "WebhookEndpoint")
    record EndpointView(String id, String url, List<String> events, @Nullable String description,
                        boolean active, @Nullable String disabledReason, int consecutiveFailures,
                        @Nullable Instant previousSecretExpiresAt, Instant createdAt, Instant updatedAt,
                        long version) {
        static EndpointView of(WebhookEndpoint e) {
            return new EndpointView(e.id().value(), e.url(), e.events().stream().sorted().toList(), e.description(),
                    e.active(), e.disabledReason(), e.consecutiveFailures(), e.previousSecretExpiresAt(),
                    e.createdAt(), e.updatedAt(), e.version());
        }
    }

    @Schema(name = "WebhookEndpointWithSecret", description = "An endpoint with its signing secret, shown this once")
    record EndpointWithSecretView(String id, String url, List<String> events, @Nullable String description,
                                  boolean active, String secret, @Nullable Instant previousSecretExpiresAt,
                                  Instant createdAt, Instant updatedAt, long version) {
        static EndpointWithSecretView of(WebhookEndpoint e, String secret) {
            return new EndpointWithSecretView(e.id().value(), e.url(), e.events().stream().sorted().toList(),
                    e.description(), e.active(), secret, e.previousSecretExpiresAt(), e.createdAt(), e.updatedAt(),
                    e.version());
        }

        @Override
        public String toString() {
            return "EndpointWithSecretView[" + id + "]";
        }
    }

    @Schema(name = "WebhookAttempt")
    record AttemptView(int number, Instant at, @Nullable Integer statusCode, long latencyMs,
                       @Nullable String error) {
        static AttemptView of(WebhookAttempt a) {
            return new AttemptView(a.number(), a.at(), a.statusCode(), a.latencyMs(), a.error());
        }
    }

    @Schema(name = "WebhookMessage", description = "An event on its way to one endpoint, with every attempt")
    record MessageView(@Schema(description = "the message id (msg_...): the webhook-id header of every attempt and replay")
                       String id, String endpointId,
                       @Schema(description = "the event id (evt_...): the body's id, the same for every endpoint") String eventId,
                       @Schema(ref = ApiDocs.EVENT_TYPE) String eventType,
                       @Schema(implementation = MessageStatus.class) String status,
                       @Schema(description = "the body sent, a WebhookEvent: {id, type, timestamp, data}") JsonNode payload,
                       List<AttemptView> attempts, @Nullable Instant nextAttemptAt, Instant createdAt,
                       Instant updatedAt) {
        static MessageView of(WebhookMessage m, JsonNode payload) {
            return new MessageView(m.id().value(), m.endpointId().value(), m.eventId(), m.eventType(),
                    m.status().name(), payload, m.attempts().stream().map(AttemptView::of).toList(), m.nextAttemptAt(),
                    m.createdAt(), m.updatedAt());
        }
    }

    @Schema(name = "EventType")
    record EventTypeView(@Schema(ref = ApiDocs.EVENT_TYPE) String type, String description,
                         @Schema(description = "the data of such an event") Map<String, Object> example) {
        static EventTypeView of(EventTypes.EventType t) {
            return new EventTypeView(t.type(), t.description(), t.example());
        }
    }

    @Schema(name = "EventTypeList")
    record EventTypeList(List<EventTypeView> data) {
    }
}
