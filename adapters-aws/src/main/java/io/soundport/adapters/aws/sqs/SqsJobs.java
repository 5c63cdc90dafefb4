package io.soundport.adapters.aws.sqs;

import io.soundport.domain.jobs.DeadLetters;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.Clock;
import io.soundport.domain.shared.Backlog;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The job queue on SQS, for the job types it is given; the others stay in the store's own queue.
 *
 * <p>A job is still written to the store's job table, in the transaction of the change that calls for it, so that no
 * job is queued for a change that rolled back nor lost for one that committed; {@link SqsJobRelay} then moves the due
 * ones to their SQS queues. Claims receive from SQS, the visibility timeout being the lease; completing deletes the
 * message, and rescheduling sends the job again with the attempts it made, delayed until it is due (or, when that is
 * further off than SQS delays, puts it back in the store for the relay), then deletes the message. Both wait for the
 * commit of the transaction they are asked in ({@link AfterCommit}), so that a rollback leaves the message to come
 * back once its lease ran out. A message received again and again without either (its worker died on it each time)
 * goes to the type's dead-letter queue, which {@link DeadLetters} reads.
 *
 * <p>What this instance received is held here, by job id, until it is completed or rescheduled: a lease that ran out
 * is no longer held (another instance may have received the job again), as in the store's own queue.
 */
public final class SqsJobs implements Jobs, DeadLetters {
    /** The longest a single receive waits for a message of an empty queue: SQS's long polling, fewer empty calls. */
    public static final Duration DEFAULT_RECEIVE_WAIT = Duration.ofSeconds(1);

    private final Jobs store;
    private final SqsJobQueues queues;
    private final Set<String> types;
    private final AfterCommit commits;
    private final Clock clock;
    private final Duration receiveWait;
    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final Map<String, Held> dead = new ConcurrentHashMap<>();

    /** A job this instance received, with the handle of its message. */
    private record Held(Job job, String receiptHandle) {
        boolean heldBy(String owner, Instant now) {
            return owner.equals(job.leaseOwner()) && !job.leaseUntil().isBefore(now);
        }
    }

    public SqsJobs(Jobs store, SqsJobQueues queues, Set<String> types, AfterCommit commits, Clock clock,
                   Duration receiveWait) {
        this.store = Objects.requireNonNull(store, "store");
        this.queues = Objects.requireNonNull(queues, "queues");
        this.types = Set.copyOf(types);
        this.commits = Objects.requireNonNull(commits, "commits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.receiveWait = Objects.requireNonNull(receiveWait, "receiveWait");
    }

    /** The job types whose work runs on SQS. */
    public Set<String> types() {
        return types;
    }

    @Override
    public void enqueue(Job job) {
        store.enqueue(job);
    }

    @Override
    public void enqueueAll(Collection<Job> jobs) {
        store.enqueueAll(jobs);
    }

    /**
     * Receives up to {@code limit} jobs of the SQS types, waiting for the first at most the receive wait, and claims
     * the others from the store. Jobs are received due: the relay sends them when they are, and a job sent again is
     * delayed until it is.
     */
    @Override
    public List<Job> claim(String owner, Set<String> types, Instant now, Duration lease, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        forgetLapsed(held, now);
        List<Job> claimed = new ArrayList<>();
        Set<String> local = types.stream().filter(type -> !this.types.contains(type))
                .collect(Collectors.toSet());
        if (!local.isEmpty()) {
            claimed.addAll(store.claim(owner, local, now, lease, limit));
        }
        for (String type : types) {
            if (!local.contains(type)) {
                receive(type, owner, now, lease, limit - claimed.size(), claimed);
            }
        }
        return claimed;
    }

    private void receive(String type, String owner, Instant now, Duration lease, int limit, List<Job> into) {
        Duration wait = receiveWait;
        while (limit > 0) {
            List<SqsJobQueues.Received> received = queues.receive(type, owner, lease, limit, wait, now);
            for (SqsJobQueues.Received r : received) {
                held.put(r.job().id(), new Held(r.job(), r.receiptHandle()));
                into.add(r.job());
            }
            if (received.size() < Math.min(10, limit)) {
                return;
            }
            limit -= received.size();
            wait = Duration.ZERO;
        }
    }

    /**
     * Holds a job received by someone else, such as the Lambda runtime that polls the queue for a function: its work
     * completes or reschedules it here as if it had been claimed here.
     */
    public void adopt(Job job, String receiptHandle) {
        Objects.requireNonNull(job.leaseOwner(), "an adopted job names its owner");
        Objects.requireNonNull(job.leaseUntil(), "an adopted job has a lease");
        held.put(job.id(), new Held(job, receiptHandle));
    }

    /**
     * Stops holding a job without touching its message, which comes back when its lease runs out: for a job whose
     * work ended without completing or rescheduling it.
     */
    public void forget(String jobId) {
        held.remove(jobId);
    }

    /** Whether {@code owner} still holds the job: neither completed nor rescheduled, and its lease running. */
    public boolean holds(String jobId, String owner) {
        Held h = held.get(jobId);
        return h != null && h.heldBy(owner, clock.now());
    }

    @Override
    public boolean complete(String jobId, String owner) {
        if (!held.containsKey(jobId)) {
            return store.complete(jobId, owner);
        }
        Held h = release(jobId, owner);
        if (h == null) {
            return false;
        }
        commits.afterCommit(() -> queues.complete(h.job().type(), h.receiptHandle()));
        return true;
    }

    @Override
    public boolean reschedule(String jobId, String owner, Instant runAt) {
        if (!held.containsKey(jobId)) {
            return store.reschedule(jobId, owner, runAt);
        }
        Held h = release(jobId, owner);
        if (h == null) {
            return false;
        }
        Job job = h.job();
        Job again = new Job(job.id(), job.type(), job.organizationId(), job.subjectId(), runAt, job.attempts(), null,
                null, job.createdAt(), job.traceParent());
        if (Duration.between(clock.now(), runAt).compareTo(SqsJobQueues.MAX_DELAY) > 0) {
            // further off than SQS delays: back to the store, in this transaction, for the relay to send when due
            store.enqueue(again);
            commits.afterCommit(() -> queues.complete(job.type(), h.receiptHandle()));
        } else {
            commits.afterCommit(() -> {
                queues.send(List.of(again), clock.now());
                queues.complete(job.type(), h.receiptHandle());
            });
        }
        return true;
    }

    /**
     * Renews a received job's lease by its message's visibility timeout, counted from now (at most twelve hours, as
     * SQS allows); a job the store holds is renewed there.
     */
    @Override
    public boolean extend(String jobId, String owner, Instant leasedUntil) {
        if (!held.containsKey(jobId)) {
            return store.extend(jobId, owner, leasedUntil);
        }
        Held h = held.get(jobId);
        Instant now = clock.now();
        if (h == null || !h.heldBy(owner, now)
                || !queues.postpone(h.job().type(), h.receiptHandle(), Duration.between(now, leasedUntil))) {
            return false;
        }
        Job job = h.job();
        held.replace(jobId, h, new Held(new Job(job.id(), job.type(), job.organizationId(), job.subjectId(),
                job.runAt(), job.attempts(), owner, leasedUntil, job.createdAt(), job.traceParent()),
                h.receiptHandle()));
        return true;
    }

    /**
     * Drops the jobs whose lease ran out: their work ended without completing or rescheduling them (it failed, or its
     * thread died), and their messages are someone else's to receive now.
     */
    private static void forgetLapsed(Map<String, Held> jobs, Instant now) {
        jobs.values().removeIf(h -> h.job().leaseUntil().isBefore(now));
    }

    /** The job, no longer held; null when {@code owner} did not hold it or its lease ran out. */
    private Held release(String jobId, String owner) {
        Held h = held.get(jobId);
        if (h == null || !owner.equals(h.job().leaseOwner())) {
            return null;
        }
        held.remove(jobId, h);
        return h.heldBy(owner, clock.now()) ? h : null;
    }

    /** A job this instance holds, or one in the store; a job waiting in SQS is not found (SQS has no lookup). */
    @Override
    public Optional<Job> find(String jobId) {
        Held h = held.get(jobId);
        return h != null ? Optional.of(h.job()) : store.find(jobId);
    }

    /**
     * The store's backlog of the type (jobs not due yet, or due and not relayed: a stuck relay shows as a growing age)
     * plus the messages of its SQS queue. SQS tells no message's age; CloudWatch's
     * {@code ApproximateAgeOfOldestMessage} does.
     */
    @Override
    public Backlog backlog(String type, Instant now) {
        Backlog stored = store.backlog(type, now);
        if (!types.contains(type)) {
            return stored;
        }
        return new Backlog(stored.depth() + queues.depth(type), stored.oldest());
    }

    @Override
    public List<Job> take(String type, String owner, Duration lease, int limit) {
        if (!types.contains(type)) {
            return List.of();
        }
        forgetLapsed(dead, clock.now());
        List<Job> taken = new ArrayList<>();
        for (SqsJobQueues.Received r : queues.receiveDead(type, owner, lease, limit, clock.now())) {
            dead.put(r.job().id(), new Held(r.job(), r.receiptHandle()));
            taken.add(r.job());
        }
        return taken;
    }

    @Override
    public boolean discard(String jobId, String owner) {
        Held h = dead.get(jobId);
        if (h == null || !owner.equals(h.job().leaseOwner())) {
            return false;
        }
        dead.remove(jobId, h);
        if (!h.heldBy(owner, clock.now())) {
            return false;
        }
        commits.afterCommit(() -> queues.completeDead(h.job().type(), h.receiptHandle()));
        return true;
    }

    @Override
    public long count(String type) {
        return types.contains(type) ? queues.deadLetters(type) : 0;
    }
}
