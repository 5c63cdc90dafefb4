package io.soundport.application.platform;

import io.soundport.application.shared.EventHandler;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.shared.PublishedEvent;

/**
 * Hands every dispatched event on to the {@link EventPublishWorker}: a publish job per event, queued in the outbox
 * dispatcher's unit of work, so that the event bus being slow or down never holds back webhooks or workflow rules,
 * and no event is dispatched without its job. The job's id derives from the event's, so a second dispatch of the same
 * event queues nothing more.
 */
public final class EventBusForwarding implements EventHandler {
    public static final String PUBLISH_JOB = "event.publish";

    private final Jobs jobs;
    private final Clock clock;
    private final TraceContext trace;

    public EventBusForwarding(Jobs jobs, Clock clock, TraceContext trace) {
        this.jobs = jobs;
        this.clock = clock;
        this.trace = trace;
    }

    @Override
    public void handle(PublishedEvent event) {
        jobs.enqueue(Job.due(PUBLISH_JOB + ":" + event.id(), PUBLISH_JOB, event.organizationId(), event.id(),
                clock.now()).inTrace(trace.current()));
    }
}
