package io.soundport.application.platform;

import io.soundport.application.shared.JobHandler;
import io.soundport.application.shared.RetrySchedule;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.EventBus;
import io.soundport.domain.port.Outbox;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.PublishedEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes dispatched events to the outside {@link EventBus} (EventBridge on AWS), so that consumers there can
 * subscribe: claims up to a batch of publish jobs under a lease, reads their events from the outbox, publishes them in
 * one call, and completes the jobs once the bus took every one. When it refuses, the whole batch is tried again along
 * the schedule, its last delay repeated for as long as it takes: an event is never dropped, not even one whose job its
 * queue gave up on, which a fresh job publishes later. At least once: consumers deduplicate by event id.
 */
public final class EventPublishWorker implements JobHandler {
    public static final RetrySchedule DEFAULT_SCHEDULE = RetrySchedule.parse("5s,30s,2m,10m");
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(1);
    private static final System.Logger LOG = System.getLogger(EventPublishWorker.class.getName());

    private final Jobs jobs;
    private final Outbox outbox;
    private final EventBus bus;
    private final RetrySchedule schedule;
    private final Clock clock;

    public EventPublishWorker(Jobs jobs, Outbox outbox, EventBus bus, RetrySchedule schedule, Clock clock) {
        this.jobs = jobs;
        this.outbox = outbox;
        this.bus = bus;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Publishes up to {@code batch} due events for {@code owner}; returns how many jobs it worked. */
    public int runOnce(String owner, int batch) {
        return work(owner, jobs.claim(owner, Set.of(EventBusForwarding.PUBLISH_JOB), clock.now(), DEFAULT_LEASE,
                batch));
    }

    @Override
    public String type() {
        return EventBusForwarding.PUBLISH_JOB;
    }

    @Override
    public int work(String owner, List<Job> claimed) {
        if (claimed.isEmpty()) {
            return 0;
        }
        List<PublishedEvent> events = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (Job job : claimed) {
            Optional<PublishedEvent> event = outbox.find(job.subjectId());
            event.ifPresentOrElse(events::add, () -> gone.add(job.id()));
        }
        jobs.completeAll(gone, owner);
        try {
            bus.publish(events);
        } catch (DomainException refused) {
            retryLater(claimed, gone, owner);
            return claimed.size();
        }
        jobs.completeAll(claimed.stream().map(Job::id).filter(id -> !gone.contains(id)).toList(), owner);
        return claimed.size();
    }

    /**
     * An event has no failed state to show, and is never dropped: a fresh job publishes it after the schedule's last
     * delay, as in a long outage. Its id derives from the job's, the worker having no id generator. The warning is what
     * tells an operator that a worker dies on this event.
     */
    @Override
    public void abandon(Job job, String reason) {
        if (outbox.find(job.subjectId()).isEmpty()) {
            return;
        }
        Instant now = clock.now();
        jobs.enqueue(new Job(job.id() + "-r" + job.attempts(), EventBusForwarding.PUBLISH_JOB, job.organizationId(),
                job.subjectId(), now.plus(lastDelay()), 0, null, null, now, job.traceParent()));
        LOG.log(System.Logger.Level.WARNING, "Publishing event {0} was given up by its queue ({1}); queued again",
                job.subjectId(), reason);
    }

    private Duration lastDelay() {
        Duration delay = schedule.after(schedule.attempts() - 1);
        return delay == null ? Duration.ZERO : delay;
    }

    /** Every job of the batch again after the schedule's delay; the queue's backlog age shows an outage. */
    private void retryLater(List<Job> claimed, List<String> gone, String owner) {
        Instant now = clock.now();
        for (Job job : claimed) {
            if (!gone.contains(job.id())) {
                Duration delay = schedule.after(Math.min(job.attempts(), schedule.attempts() - 1));
                jobs.reschedule(job.id(), owner, now.plus(delay));
            }
        }
    }
}
