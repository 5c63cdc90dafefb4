package io.soundport.domain.webhooks;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One event on its way to one endpoint: the exact body that is signed and sent (the same bytes on every attempt),
 * its status and every attempt.
 */
public record WebhookMessage(WebhookMessageId id, OrganizationId organizationId, WebhookEndpointId endpointId,
                             String eventId, String eventType, String body, MessageStatus status,
                             List<WebhookAttempt> attempts, Instant nextAttemptAt, Instant createdAt,
                             Instant updatedAt, long version) {
    public WebhookMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(endpointId, "endpointId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static WebhookMessage pending(WebhookEndpoint endpoint, String eventId, String eventType, String body,
                                         Instant now) {
        return new WebhookMessage(WebhookMessageId.forDelivery(eventId, endpoint.id()), endpoint.organizationId(),
                endpoint.id(), eventId, eventType, body, MessageStatus.PENDING, List.of(), now, now, now, 1);
    }

    /** Records an attempt: success ends it; a failure waits for {@code retryAt}, or is final when that is null. */
    public WebhookMessage attempted(WebhookAttempt attempt, Instant retryAt, Instant now) {
        List<WebhookAttempt> all = new ArrayList<>(attempts);
        all.add(attempt);
        MessageStatus next = attempt.succeeded() ? MessageStatus.SUCCEEDED
                : retryAt == null ? MessageStatus.FAILED : MessageStatus.PENDING;
        return new WebhookMessage(id, organizationId, endpointId, eventId, eventType, body, next, all,
                next == MessageStatus.PENDING ? retryAt : null, createdAt, now, version);
    }

    /** Sends a finished message again (a replay): PENDING now, attempts kept. */
    public WebhookMessage replay(Instant now) {
        if (status == MessageStatus.PENDING) {
            throw DomainException.conflict("Message " + id + " is still being delivered");
        }
        return new WebhookMessage(id, organizationId, endpointId, eventId, eventType, body, MessageStatus.PENDING,
                attempts, now, createdAt, now, version);
    }
}
