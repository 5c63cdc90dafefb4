package io.soundport.application.webhooks;

import io.soundport.application.shared.EventHandler;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.jobs.Job;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fans the outbox out: each pending event becomes one message, and one send job, per active endpoint of its
 * organization that subscribes to its type; then the event is marked dispatched. A batch of events is dispatched in one
 * transaction: the subscriptions of each organization and event type are read once, the messages and the jobs of the
 * whole batch are written in one call each, each handler sees the batch through one {@link EventHandler#forBatch()},
 * and the events are marked dispatched in one call. When that fails, its events are dispatched again one transaction
 * each, so that an event the handlers refuse holds back only itself and those after it. One by one, a message already
 * written is kept as it is: a store that commits a large unit of work in several calls (DynamoDB) may have written part
 * of a failed batch, or another instance may have dispatched the same events. Message ids derive from event and
 * endpoint, so dispatching an event twice (two instances, a crash in between) makes no second message. Each event is
 * dispatched in the trace that raised it, so its send jobs and what the handlers do stay in that trace.
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
        if (pending.isEmpty()) {
            return 0;
        }
        try {
            tx.run(() -> {
                dispatchAll(pending);
                outbox.markDispatched(pending.stream().map(PublishedEvent::id).toList());
            });
        } catch (RuntimeException batchFailed) {
            if (pending.size() == 1) {
                throw batchFailed;
            }
            for (PublishedEvent event : pending) {
                tx.run(() -> {
                    dispatchInItsTrace(event, true);
                    outbox.markDispatched(List.of(event.id()));
                });
            }
        }
        return pending.size();
    }

    private void dispatchAll(List<PublishedEvent> events) {
        Map<Subscription, List<WebhookEndpoint>> subscribed = new HashMap<>();
        List<WebhookMessage> newMessages = new ArrayList<>();
        List<Job> newJobs = new ArrayList<>();
        List<EventHandler> inBatch = handlers.stream().map(EventHandler::forBatch).toList();
        Instant now = clock.now();
        for (PublishedEvent event : events) {
            trace.run(event.traceParent(), "dispatch " + event.type(), () -> {
                Subscription subscription = new Subscription(OrganizationId.of(event.organizationId()), event.type());
                List<WebhookEndpoint> to = subscribed.computeIfAbsent(subscription,
                        s -> endpoints.subscribedTo(s.organization(), s.eventType()));
                if (!to.isEmpty()) {
                    String body = WebhookBodies.of(event);
                    for (WebhookEndpoint endpoint : to) {
                        WebhookMessage message = WebhookMessage.pending(endpoint, event.id(), event.type(), body, now);
                        newMessages.add(message);
                        newJobs.add(WebhookMessageService.sendJob(message, now, trace.current()));
                    }
                }
                inBatch.forEach(handler -> handler.handle(event));
            });
        }
        messages.addAll(newMessages);
        jobs.enqueueAll(newJobs);
    }

    private void dispatchInItsTrace(PublishedEvent event, boolean keepWritten) {
        trace.run(event.traceParent(), "dispatch " + event.type(), () -> dispatch(event, keepWritten));
    }

    private void dispatch(PublishedEvent event, boolean keepWritten) {
        Instant now = clock.now();
        List<WebhookEndpoint> subscribed = endpoints.subscribedTo(OrganizationId.of(event.organizationId()), event.type());
        if (!subscribed.isEmpty()) {
            String body = WebhookBodies.of(event);
            for (WebhookEndpoint endpoint : subscribed) {
                WebhookMessage message = WebhookMessage.pending(endpoint, event.id(), event.type(), body, now);
                if (!keepWritten || messages.find(message.organizationId(), message.id()).isEmpty()) {
                    messages.add(message);
                }
                jobs.enqueue(WebhookMessageService.sendJob(message, now, trace.current()));
            }
        }
        handlers.forEach(handler -> handler.handle(event));
    }

    private record Subscription(OrganizationId organization, String eventType) {
    }
}
