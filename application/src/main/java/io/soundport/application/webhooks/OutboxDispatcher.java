package io.soundport.application.webhooks;

import io.soundport.application.shared.EventHandler;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.Outbox;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.PublishedEvent;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookEndpoints;
import io.soundport.domain.webhooks.WebhookMessage;
import io.soundport.domain.webhooks.WebhookMessages;

import java.time.Instant;
import java.util.List;

/**
 * Fans the outbox out: each pending event becomes one message, and one send job, per active endpoint of its
 * organization that subscribes to its type; then the event is marked dispatched, all in one transaction. Message
 * ids derive from event and endpoint, so dispatching an event twice (two instances, a crash in between) makes no
 * second message. Each event is dispatched in the trace that raised it, so its send jobs and what the handlers do
 * stay in that trace.
 */
public final class OutboxDispatcher {
    private final TransactionRunner tx;
    private final Outbox outbox;
    private final WebhookEndpoints endpoints;
    private final WebhookMessages messages;
    private final Jobs jobs;
    private final Clock clock;
    private final List<EventHandler> handlers;
    private final TraceContext trace;

    public OutboxDispatcher(TransactionRunner tx, Outbox outbox, WebhookEndpoints endpoints, WebhookMessages messages,
                            Jobs jobs, Clock clock) {
        this(tx, outbox, endpoints, messages, jobs, clock, List.of(), TraceContext.none());
    }

    /** {@code handlers} also see every event, in the same transaction (workflow rules, for one). */
    public OutboxDispatcher(TransactionRunner tx, Outbox outbox, WebhookEndpoints endpoints, WebhookMessages messages,
                            Jobs jobs, Clock clock, List<EventHandler> handlers, TraceContext trace) {
        this.tx = tx;
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.messages = messages;
        this.jobs = jobs;
        this.clock = clock;
        this.handlers = List.copyOf(handlers);
        this.trace = trace;
    }

    /** Dispatches up to {@code batch} pending events; returns how many. */
    public int dispatchOnce(int batch) {
        List<PublishedEvent> pending = outbox.pending(batch);
        for (PublishedEvent event : pending) {
            trace.run(event.traceParent(), "dispatch " + event.type(), () -> tx.run(() -> dispatch(event)));
        }
        return pending.size();
    }

    private void dispatch(PublishedEvent event) {
        Instant now = clock.now();
        List<WebhookEndpoint> subscribed = endpoints.subscribedTo(OrganizationId.of(event.organizationId()), event.type());
        if (!subscribed.isEmpty()) {
            String body = WebhookBodies.of(event);
            for (WebhookEndpoint endpoint : subscribed) {
                WebhookMessage message = WebhookMessage.pending(endpoint, event.id(), event.type(), body, now);
                messages.add(message);
                jobs.enqueue(WebhookMessageService.sendJob(message, now, trace.current()));
            }
        }
        handlers.forEach(handler -> handler.handle(event));
        outbox.markDispatched(List.of(event.id()));
    }
}
