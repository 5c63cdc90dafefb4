package io.soundport.domain.webhooks;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;
import io.soundport.domain.shared.event.EventMeta;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where an organization wants its events: a URL, the event types it subscribes to ({@code *} for all), and the
 * signing secret, kept only encrypted. After a rotation the previous secret signs alongside for
 * {@link #ROTATION_OVERLAP}. Too many failed messages in a row disable the endpoint, with the reason.
 */
public record WebhookEndpoint(WebhookEndpointId id, OrganizationId organizationId, String url, Set<String> events,
                              String description, boolean active, String secretCiphertext,
                              String previousSecretCiphertext, Instant previousSecretExpiresAt,
                              String disabledReason, int consecutiveFailures, Instant createdAt, Instant updatedAt,
                              long version) {
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    public static final String ALL_EVENTS = "*";

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(url, "url");
        events = Set.copyOf(new TreeSet<>(checkEvents(events)));
        description = Validation.optionalMultilineText(description, "description", 500);
        Objects.requireNonNull(secretCiphertext, "secretCiphertext");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Set<String> checkEvents(Set<String> events) {
        if (events == null || events.isEmpty()) {
            throw DomainException.invalid("events", "must name at least one event type, or \"*\" for all");
        }
        for (String type : events) {
            if (type == null || !(type.equals(ALL_EVENTS) || type.matches("^[a-z][a-z_]*(\\.[a-z][a-z_]*)+$"))) {
                throw DomainException.invalid("events", "'" + type + "' is not an event type such as release.created");
            }
        }
        return events;
    }

    public boolean subscribesTo(String eventType) {
        return active && (events.contains(ALL_EVENTS) || events.contains(eventType));
    }

    /** The secrets that sign now: the current one, and the previous one during its overlap. */
    public boolean previousSecretSigningAt(Instant now) {
        return previousSecretCiphertext != null && previousSecretExpiresAt != null && now.isBefore(previousSecretExpiresAt);
    }

    public WebhookEndpoint edit(String newUrl, Set<String> newEvents, String newDescription, Boolean newActive,
                                Instant now) {
        boolean reactivated = newActive != null && newActive && !active;
        return new WebhookEndpoint(id, organizationId, newUrl != null ? newUrl : url,
                newEvents != null ? newEvents : events, newDescription != null ? newDescription : description,
                newActive != null ? newActive : active, secretCiphertext, previousSecretCiphertext,
                previousSecretExpiresAt, reactivated ? null : disabledReason, reactivated ? 0 : consecutiveFailures,
                createdAt, now, version);
    }

    public WebhookEndpoint rotateSecret(String newSecretCiphertext, Instant now) {
        return new WebhookEndpoint(id, organizationId, url, events, description, active, newSecretCiphertext,
                secretCiphertext, now.plus(ROTATION_OVERLAP), disabledReason, consecutiveFailures, createdAt, now,
                version);
    }

    public WebhookEndpoint messageSucceeded(Instant now) {
        return consecutiveFailures == 0 ? this : new WebhookEndpoint(id, organizationId, url, events, description,
                active, secretCiphertext, previousSecretCiphertext, previousSecretExpiresAt, disabledReason, 0,
                createdAt, now, version);
    }

    /** A message failed for good; at {@code disableAfter} such failures in a row the endpoint stops receiving. */
    public WebhookEndpoint messageFailed(int disableAfter, Instant now) {
        int failures = consecutiveFailures + 1;
        boolean disable = active && failures >= disableAfter;
        return new WebhookEndpoint(id, organizationId, url, events, description, !disable && active,
                secretCiphertext, previousSecretCiphertext, previousSecretExpiresAt,
                disable ? failures + " messages in a row failed; re-enable the endpoint once it works" : disabledReason,
                failures, createdAt, now, version);
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[" + id + ", " + url + "]";
    }

    /** Raises {@code webhook.test} for this endpoint. */
    public WebhookEvent.WebhookTested tested(EventMeta meta) {
        return new WebhookEvent.WebhookTested(meta, id);
    }
}
