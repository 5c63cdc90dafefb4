package io.soundport.domain.jobs;

import io.soundport.domain.shared.Backlog;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The queue of background work that several server instances share. A claim takes due jobs under a lease: no job
 * is held by two owners at once, and a job whose owner died is claimed again once its lease ran out. Enqueuing joins
 * the current transaction, so work is queued together with the change that calls for it.
 */
public interface Jobs {
    /** Queues a job; a job with the same id already queued is left as it is. */
    void enqueue(Job job);

    /** Queues every job as {@link #enqueue} does, in one go where the store allows it. */
    default void enqueueAll(Collection<Job> jobs) {
        jobs.forEach(this::enqueue);
    }

    /**
     * Leases up to {@code limit} jobs of the given types that are due at {@code now} and not leased (or whose lease
     * ran out), oldest {@code runAt} first, to {@code owner} until {@code now + lease}; increments their attempts.
     */
    List<Job> claim(String owner, Set<String> types, Instant now, Duration lease, int limit);

    /** Removes a job its owner finished; false when the owner no longer holds it (its lease was taken over). */
    boolean complete(String jobId, String owner);

    /**
     * Removes every one of {@code jobIds} that {@code owner} still holds, in one go where the store allows it;
     * returns the ids it removed (a job whose lease was taken over, or that is gone, is left out). Like
     * {@link #complete(String, String)}, it joins the current transaction.
     */
    default Set<String> completeAll(Collection<String> jobIds, String owner) {
        Set<String> completed = new HashSet<>();
        for (String jobId : jobIds) {
            if (complete(jobId, owner)) {
                completed.add(jobId);
            }
        }
        return completed;
    }

    /** Gives a held job back to run again at {@code runAt}; false when the owner no longer holds it. */
    boolean reschedule(String jobId, String owner, Instant runAt);

    /**
     * Keeps a job its owner is still working on leased to it until {@code leasedUntil}, so that work longer than one
     * lease (a large upload to a partner) is not claimed by another owner meanwhile; false when the owner no longer
     * holds it. It does not join a transaction: a lease is renewed while the work runs, outside any.
     */
    boolean extend(String jobId, String owner, Instant leasedUntil);

    Optional<Job> find(String jobId);

    /**
     * The queue of one type at {@code now}, for metrics: its depth counts every job of the type (due or not, leased
     * or not); its oldest is the earliest {@code runAt} among the jobs due at {@code now}, a job being worked
     * included, so that a stuck worker shows as a growing age.
     */
    Backlog backlog(String type, Instant now);
}
