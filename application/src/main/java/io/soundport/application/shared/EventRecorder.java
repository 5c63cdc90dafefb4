package io.soundport.application.shared;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.Outbox;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.publishing.EventPayloads;
import io.soundport.domain.publishing.ReleaseSubject;
import io.soundport.domain.shared.PublishedEvent;
import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.shared.event.EventId;
import io.soundport.domain.shared.event.EventMeta;

import java.time.Instant;

/**
 * Where use cases hand over the events their aggregates raised: each is stamped ({@link #meta}), turned into its
 * published shape by the {@link EventPayloads} port and appended to the outbox, inside the caller's unit of work.
 * Each keeps the trace of the work that raised it ({@link TraceContext}), for what it causes later.
 */
public final class EventRecorder {
    private final Outbox outbox;
    private final EventPayloads payloads;
    private final IdGenerator ids;
    private final Clock clock;
    private final TraceContext trace;

    public EventRecorder(Outbox outbox, EventPayloads payloads, IdGenerator ids, Clock clock, TraceContext trace) {
        this.outbox = outbox;
        this.payloads = payloads;
        this.ids = ids;
        this.clock = clock;
        this.trace = trace;
    }

    /** A fresh event id, now, for a caller's own change. */
    public EventMeta meta(OrganizationId organizationId) {
        return meta(organizationId, clock.now(), 0);
    }

    /** A fresh event id at {@code occurredAt}, {@code workflowDepth} rules deep. */
    public EventMeta meta(OrganizationId organizationId, Instant occurredAt, int workflowDepth) {
        return new EventMeta(EventId.generate(ids), organizationId, occurredAt, workflowDepth);
    }

    /** Appends the event to the outbox, in the current transaction; returns it. */
    public <E extends DomainEvent> E record(E event) {
        outbox.append(publish(event));
        return event;
    }

    /** The event as subscribers and rules see it. */
    public PublishedEvent publish(DomainEvent event) {
        return new PublishedEvent(event.id().value(), event.type(), event.organizationId().value(),
                event.aggregateId(), ReleaseSubject.of(event).map(ReleaseId::value).orElse(null), event.occurredAt(),
                payloads.payloadOf(event), trace.current());
    }

    /** The trace that events recorded now join (null when none), for work queued beside them. */
    public String currentTrace() {
        return trace.current();
    }

    public EventPayloads payloads() {
        return payloads;
    }
}
