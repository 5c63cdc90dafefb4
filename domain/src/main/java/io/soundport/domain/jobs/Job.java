package io.soundport.domain.jobs;

import java.time.Instant;
import java.util.Objects;

/**
 * A unit of background work: run {@code type} for {@code subjectId} at or after {@code runAt}. While a worker holds
 * it, {@code leaseOwner} and {@code leaseUntil} say who and until when; a lease that ran out may be taken over.
 *
 * @param id        unique; enqueuing the same id twice keeps the first (so enqueuing is idempotent)
 * @param type      what to do, such as {@code webhook.send}
 * @param subjectId what to do it to, such as a webhook message id
 * @param attempts  how many times a worker has claimed it
 * @param traceParent the trace of the work that queued it ({@link io.soundport.domain.port.TraceContext}); the worker
 *                  runs it in that trace. Null when none
 */
public record Job(String id, String type, String organizationId, String subjectId, Instant runAt, int attempts,
                  String leaseOwner, Instant leaseUntil, Instant createdAt, String traceParent) {
    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(runAt, "runAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A job queued outside any trace. */
    public Job(String id, String type, String organizationId, String subjectId, Instant runAt, int attempts,
               String leaseOwner, Instant leaseUntil, Instant createdAt) {
        this(id, type, organizationId, subjectId, runAt, attempts, leaseOwner, leaseUntil, createdAt, null);
    }

    public static Job due(String id, String type, String organizationId, String subjectId, Instant runAt) {
        return new Job(id, type, organizationId, subjectId, runAt, 0, null, null, runAt);
    }

    /** This job, to be run in the trace of {@code traceParent}. */
    public Job inTrace(String traceParent) {
        return new Job(id, type, organizationId, subjectId, runAt, attempts, leaseOwner, leaseUntil, createdAt,
                traceParent);
    }
}
