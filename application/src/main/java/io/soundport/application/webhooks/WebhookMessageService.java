package io.soundport.application.webhooks;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.EventRecorder;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.PublishedEvent;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookEndpoints;
import io.soundport.domain.webhooks.WebhookMessage;
import io.soundport.domain.webhooks.WebhookMessageId;
import io.soundport.domain.webhooks.WebhookMessages;

import java.time.Instant;

/**
 * What is sent to the webhook endpoints of the caller's organization (ADMIN, or a key with the admin scope): a test
 * event on demand, the messages with their attempts, and replay. Each message goes out as one send job that
 * {@link WebhookDeliveryWorker} works.
 */
public final class WebhookMessageService {
    public static final String SEND_JOB = "webhook.send";

    private final TransactionRunner tx;
    private final WebhookEndpoints endpoints;
    private final WebhookMessages messages;
    private final Jobs jobs;
    private final EventRecorder events;
    private final Clock clock;
    private final AuditRecorder audit;

    public WebhookMessageService(TransactionRunner tx, WebhookEndpoints endpoints, WebhookMessages messages, Jobs jobs,
                                 EventRecorder events, Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.endpoints = endpoints;
        this.messages = messages;
        this.jobs = jobs;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /** Queues a {@code webhook.test} message to this endpoint now, whatever it subscribes to. */
    public WebhookMessage sendTest(Caller caller, WebhookEndpointId id) {
        caller.require(Permission.MANAGE);
        Instant now = clock.now();
        return tx.inTransaction(() -> {
            WebhookEndpoint endpoint = endpoint(caller, id);
            PublishedEvent test = events.publish(endpoint.tested(events.meta(caller.organizationId(), now, 0)));
            WebhookMessage message = WebhookMessage.pending(endpoint, test.id(), test.type(), WebhookBodies.of(test), now);
            messages.add(message);
            jobs.enqueue(sendJob(message, now, test.traceParent()));
            audit.record(caller, "webhook.tested", id.value());
            return message;
        });
    }

    public Page<WebhookMessage> messages(Caller caller, WebhookEndpointId id, PageRequest page) {
        caller.require(Permission.MANAGE);
        endpoint(caller, id);
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
            jobs.enqueue(sendJob(replayed, now, events.currentTrace()));
            audit.record(caller, "webhook_message.replayed", messageId.value());
            return replayed;
        });
    }

    static Job sendJob(WebhookMessage message, Instant runAt, String traceParent) {
        return Job.due(message.id().value(), SEND_JOB, message.organizationId().value(), message.id().value(), runAt)
                .inTrace(traceParent);
    }

    private WebhookEndpoint endpoint(Caller caller, WebhookEndpointId id) {
        return endpoints.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Webhook endpoint", id.value()));
    }
}
