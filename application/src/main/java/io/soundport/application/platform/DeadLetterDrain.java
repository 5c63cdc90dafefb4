package io.soundport.application.platform;

import io.soundport.application.shared.JobHandler;
import io.soundport.domain.jobs.DeadLetters;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.port.TransactionRunner;

import java.time.Duration;
import java.util.List;

/**
 * Turns the jobs a queue dead-lettered into the failed state the API shows: each one's handler gives up on it (a
 * delivery, a webhook message or a notification shows FAILED with the reason, and an operator can retry it), and the
 * dead job is discarded in the same transaction (the subject's own failure event tells who listens). A job whose
 * handler fails stays dead-lettered for the next pass.
 */
public final class DeadLetterDrain {
    /** What the API shows as the failure's reason. */
    public static final String REASON = "given up: the worker stopped without finishing it on each of its last tries"
            + " (the job queue dead-lettered it)";
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final DeadLetters deadLetters;
    private final List<JobHandler> handlers;
    private final TransactionRunner tx;

    public DeadLetterDrain(DeadLetters deadLetters, List<JobHandler> handlers, TransactionRunner tx) {
        this.deadLetters = deadLetters;
        this.handlers = List.copyOf(handlers);
        this.tx = tx;
    }

    /** Gives up on up to {@code batch} dead jobs of each type for {@code owner}; returns how many. */
    public int runOnce(String owner, int batch) {
        int drained = 0;
        for (JobHandler handler : handlers) {
            for (Job job : deadLetters.take(handler.type(), owner, LEASE, batch)) {
                tx.run(() -> {
                    handler.abandon(job, REASON);
                    deadLetters.discard(job.id(), owner);
                });
                drained++;
            }
        }
        return drained;
    }
}
