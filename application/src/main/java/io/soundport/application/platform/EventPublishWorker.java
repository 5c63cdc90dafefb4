package io.soundport.application.platform;

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
 * the schedule, its last delay repeated for as long as it takes: an event is never dropped. At least once: consumers
 * deduplicate by event id.
 */
public final class EventPublishWorker {
    public static final RetrySchedule DEFAULT_SCHEDULE = RetrySchedule.parse("5s,30s,2m,10m");
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(1);

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
        List<Job> claimed = jobs.claim(owner, Set.of(EventBusForwarding.PUBLISH_JOB), clock.now(), DEFAULT_LEASE,
                batch);
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
