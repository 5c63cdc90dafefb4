package io.soundport.application.webhooks;

import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.Versions;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.OutboundUrlGuard;
import io.soundport.domain.port.SecretCipher;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.PublishedEvent;
import io.soundport.domain.shared.Validation;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookEndpoints;
import io.soundport.domain.webhooks.WebhookMessage;
import io.soundport.domain.webhooks.WebhookMessageId;
import io.soundport.domain.webhooks.WebhookMessages;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Webhook endpoints of the caller's organization (ADMIN, or a key with the admin scope): registration behind the
 * SSRF guard, secrets shown once and kept encrypted, rotation, a test event, the messages with their attempts,
 * and replay.
 */
public final class WebhookService {
    public static final String SEND_JOB = "webhook.send";

    private final TransactionRunner tx;
    private final WebhookEndpoints endpoints;
    private final WebhookMessages messages;
    private final Jobs jobs;
    private final SecretCipher cipher;
    private final OutboundUrlGuard guard;
    private final IdGenerator ids;
    private final EventRecorder events;
    private final Clock clock;

    public WebhookService(TransactionRunner tx, WebhookEndpoints endpoints, WebhookMessages messages, Jobs jobs,
                          SecretCipher cipher, OutboundUrlGuard guard, IdGenerator ids, EventRecorder events, Clock clock) {
        this.tx = tx;
        this.endpoints = endpoints;
        this.messages = messages;
        this.jobs = jobs;
        this.cipher = cipher;
        this.guard = guard;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    public CreatedEndpoint create(Caller caller, String url, List<String> events, String description, Boolean active) {
        caller.require(Permission.MANAGE);
        Validation v = new Validation();
        String checkedUrl = v.field("url", () -> checkUrl(url));
        Set<String> checkedEvents = v.field("events", () -> checkEvents(events));
        String checkedDescription = v.field("description", () -> Validation.optionalText(description, "description", 500));
        v.throwIfInvalid();
        String secret = WebhookSigner.newSecret();
        Instant now = clock.now();
        WebhookEndpoint endpoint = new WebhookEndpoint(WebhookEndpointId.generate(ids), caller.organizationId(),
                checkedUrl, checkedEvents, checkedDescription, active == null || active, cipher.encrypt(secret), null,
                null, null, 0, now, now, 1);
        tx.run(() -> endpoints.add(endpoint));
        return new CreatedEndpoint(endpoint, secret);
    }

    public WebhookEndpoint get(Caller caller, WebhookEndpointId id) {
        caller.require(Permission.MANAGE);
        return endpoints.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Webhook endpoint", id.value()));
    }

    public Page<WebhookEndpoint> list(Caller caller, PageRequest page) {
        caller.require(Permission.MANAGE);
        return endpoints.list(caller.organizationId(), page);
    }

    /** Changes the given fields (null keeps a field); re-enabling a disabled endpoint clears its failures. */
    public WebhookEndpoint update(Caller caller, WebhookEndpointId id, String url, List<String> events,
                                  String description, Boolean active, Long expectedVersion) {
        caller.require(Permission.MANAGE);
        Validation v = new Validation();
        String checkedUrl = url == null ? null : v.field("url", () -> checkUrl(url));
        Set<String> checkedEvents = events == null ? null : v.field("events", () -> checkEvents(events));
        String checkedDescription = description == null ? null
                : v.field("description", () -> Validation.optionalText(description, "description", 500));
        v.throwIfInvalid();
        return tx.inTransaction(() -> {
            WebhookEndpoint current = get(caller, id);
            Versions.check(expectedVersion, current.version(), "Webhook endpoint " + id.value());
            return endpoints.update(current.edit(checkedUrl, checkedEvents, checkedDescription, active, clock.now()));
        });
    }

    public void delete(Caller caller, WebhookEndpointId id) {
        caller.require(Permission.MANAGE);
        tx.run(() -> {
            get(caller, id);
            endpoints.remove(caller.organizationId(), id);
        });
    }

    /** A new secret; the previous one keeps signing alongside it for 24 hours. */
    public CreatedEndpoint rotateSecret(Caller caller, WebhookEndpointId id) {
        caller.require(Permission.MANAGE);
        String secret = WebhookSigner.newSecret();
        WebhookEndpoint rotated = tx.inTransaction(() ->
                endpoints.update(get(caller, id).rotateSecret(cipher.encrypt(secret), clock.now())));
        return new CreatedEndpoint(rotated, secret);
    }

    /** Queues a {@code webhook.test} message to this endpoint now, whatever it subscribes to. */
    public WebhookMessage sendTest(Caller caller, WebhookEndpointId id) {
        caller.require(Permission.MANAGE);
        Instant now = clock.now();
        return tx.inTransaction(() -> {
            WebhookEndpoint endpoint = get(caller, id);
            PublishedEvent test = events.publish(endpoint.tested(events.meta(caller.organizationId(), now, 0)));
            WebhookMessage message = WebhookMessage.pending(endpoint, test.id(), test.type(), WebhookBodies.of(test), now);
            messages.add(message);
            jobs.enqueue(sendJob(message, now));
            return message;
        });
    }

    public Page<WebhookMessage> messages(Caller caller, WebhookEndpointId id, PageRequest page) {
        caller.require(Permission.MANAGE);
        get(caller, id);
        return messages.list(caller.organizationId(), id, page);
    }

    public WebhookMessage message(Caller caller, WebhookEndpointId endpointId, WebhookMessageId messageId) {
        caller.require(Permission.MANAGE);
        return messages.find(caller.organizationId(), messageId)
                .filter(m -> m.endpointId().equals(endpointId))
                .orElseThrow(() -> DomainException.notFound("Webhook message", messageId.value()));
    }

    /** Sends a finished message again, with the same id and body (receivers deduplicate on the id). */
    public WebhookMessage replay(Caller caller, WebhookEndpointId endpointId, WebhookMessageId messageId) {
        caller.require(Permission.MANAGE);
        Instant now = clock.now();
        return tx.inTransaction(() -> {
            WebhookMessage replayed = messages.update(message(caller, endpointId, messageId).replay(now));
            jobs.enqueue(sendJob(replayed, now));
            return replayed;
        });
    }

    static Job sendJob(WebhookMessage message, Instant runAt) {
        return Job.due(message.id().value(), SEND_JOB, message.organizationId().value(), message.id().value(), runAt);
    }

    private String checkUrl(String url) {
        if (url == null || url.isBlank()) {
            throw DomainException.invalid("url", "must not be blank");
        }
        String trimmed = url.strip();
        if (trimmed.length() > 2048) {
            throw DomainException.invalid("url", "must be at most 2048 characters");
        }
        guard.check(trimmed, "url");
        return trimmed;
    }

    private static Set<String> checkEvents(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw DomainException.invalid("events", "must name at least one event type, or \"*\" for all");
        }
        Set<String> set = new LinkedHashSet<>();
        for (String type : events) {
            if (type == null || !(type.equals(WebhookEndpoint.ALL_EVENTS) || EventTypes.exists(type))) {
                throw DomainException.invalid("events", "'" + type + "' is not an event type; GET /webhooks/event-types lists them");
            }
            set.add(type);
        }
        return WebhookEndpoint.checkEvents(set);
    }
}
