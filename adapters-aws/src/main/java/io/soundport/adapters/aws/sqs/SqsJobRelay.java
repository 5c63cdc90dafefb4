package io.soundport.adapters.aws.sqs;

import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.Clock;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Moves due jobs of the SQS types from the store's job table to their SQS queues: claims them under a lease, sends
 * them, and removes them from the store once SQS took them. A relay that dies between the two leaves the jobs to be
 * claimed and sent again when the lease runs out: a job may reach SQS twice, never zero times (workers already work a
 * job at least once, and find a finished subject finished). Any number of instances may relay from one store.
 */
public final class SqsJobRelay {
    /** How long a relay holds the jobs it sends: far beyond a batch of sends. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private final Jobs store;
    private final SqsJobQueues queues;
    private final Set<String> types;
    private final Clock clock;

    public SqsJobRelay(Jobs store, SqsJobQueues queues, Set<String> types, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.queues = Objects.requireNonNull(queues, "queues");
        this.types = Set.copyOf(types);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sends up to {@code limit} due jobs for {@code owner}; returns how many. */
    public int runOnce(String owner, int limit) {
        List<Job> due = store.claim(owner, types, clock.now(), LEASE, limit);
        if (due.isEmpty()) {
            return 0;
        }
        // the relay's claim is not an attempt at the work: each job carries the attempts it had before it
        queues.send(due.stream().map(SqsJobRelay::unclaimed).toList(), clock.now());
        store.completeAll(due.stream().map(Job::id).toList(), owner);
        return due.size();
    }

    private static Job unclaimed(Job job) {
        return new Job(job.id(), job.type(), job.organizationId(), job.subjectId(), job.runAt(),
                Math.max(0, job.attempts() - 1), null, null, job.createdAt(), job.traceParent());
    }
}
