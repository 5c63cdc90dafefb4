package io.soundport.application.distribution;

import io.soundport.application.shared.JobHandler;
import io.soundport.application.shared.LeaseRenewal;
import io.soundport.application.shared.WorkOutcomes;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.port.TransactionRunner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Carries deliveries out: claims send jobs under a lease, starts the delivery, has the {@link PartnerHandoff} hand
 * it to the partner (outside any unit of work, renewing the lease while it runs), then records the attempt and finishes the delivery or schedules its
 * retry; a finished delivery is settled by {@link DeliverySettlement}. Each job runs in the trace that queued it. A
 * delivery whose job its queue gave up on fails with the queue's reason, and is settled as after its last attempt.
 */
public final class DeliveryWorker implements JobHandler {
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    private final TransactionRunner tx;
    private final Deliveries deliveries;
    private final Jobs jobs;
    private final PartnerHandoff handoff;
    private final DeliverySettlement settlement;
    private final Duration lease;
    private final Clock clock;
    private final WorkOutcomes outcomes;
    private final TraceContext trace;

    public DeliveryWorker(TransactionRunner tx, Deliveries deliveries, Jobs jobs, PartnerHandoff handoff,
                          DeliverySettlement settlement, Duration lease, Clock clock) {
        this(tx, deliveries, jobs, handoff, settlement, lease, clock, WorkOutcomes.NONE, TraceContext.none());
    }

    /**
     * {@code outcomes} hears what each attempt came to, once it is recorded; each job is worked within the trace it
     * was queued in.
     */
    public DeliveryWorker(TransactionRunner tx, Deliveries deliveries, Jobs jobs, PartnerHandoff handoff,
                          DeliverySettlement settlement, Duration lease, Clock clock, WorkOutcomes outcomes,
                          TraceContext trace) {
        this.tx = tx;
        this.deliveries = deliveries;
        this.jobs = jobs;
        this.handoff = handoff;
        this.settlement = settlement;
        this.lease = lease;
        this.clock = clock;
        this.outcomes = outcomes;
        this.trace = trace;
    }

    /** Claims up to {@code batch} due send jobs for {@code owner} and works them; returns how many. */
    public int runOnce(String owner, int batch) {
        return work(owner, jobs.claim(owner, Set.of(DeliveryQueue.SEND_JOB), clock.now(), lease, batch));
    }

    @Override
    public String type() {
        return DeliveryQueue.SEND_JOB;
    }

    @Override
    public int work(String owner, List<Job> claimed) {
        for (Job job : claimed) {
            trace.run(job.traceParent(), "deliver " + job.subjectId(), () -> send(owner, job));
        }
        return claimed.size();
    }

    /**
     * A delivery not finished yet fails with the reason, as after its last attempt: settled, so that
     * {@code delivery.failed} is raised. No attempt outcome is told: none was made, and the caller's transaction
     * may still roll back.
     */
    @Override
    public void abandon(Job job, String reason) {
        OrganizationId org = OrganizationId.of(job.organizationId());
        trace.run(job.traceParent(), "abandon deliver " + job.subjectId(), () -> deliveries
                .find(org, DeliveryId.of(job.subjectId()))
                .filter(delivery -> !delivery.status().finished())
                .ifPresent(delivery -> failAbandoned(org, delivery, reason)));
    }

    private void failAbandoned(OrganizationId org, Delivery delivery, String reason) {
        Instant now = clock.now();
        Delivery failed = deliveries.update(delivery.abandoned(reason, now));
        settlement.finished(org, failed, handoff.partnerOf(org, failed).orElse(null), now);
    }

    private void send(String owner, Job job) {
        OrganizationId org = OrganizationId.of(job.organizationId());
        Optional<Delivery> found = deliveries.find(org, DeliveryId.of(job.subjectId()));
        if (found.isEmpty() || found.get().status().finished()) {
            jobs.complete(job.id(), owner);
            return;
        }
        Instant started = clock.now();
        Delivery delivery = tx.inTransaction(() -> deliveries.update(found.get().start(started)));
        PartnerHandoff.Handoff attempt;
        // a large package to a slow partner may take longer than a lease: no other worker starts it meanwhile
        try (LeaseRenewal renewal = LeaseRenewal.start(jobs, clock, new LeaseRenewal.Lease(job, owner, lease))) {
            attempt = handoff.attempt(org, delivery, started);
        }
        DeliveryStatus status = tx.inTransaction(() -> record(owner, job, org, delivery, attempt));
        outcomes.deliveryAttempt(attempt.partner() == null ? null : attempt.partner().protocol(),
                status == DeliveryStatus.DELIVERED ? WorkOutcomes.Outcome.DELIVERED
                        : status == DeliveryStatus.RETRYING ? WorkOutcomes.Outcome.FAILED_WILL_RETRY
                        : WorkOutcomes.Outcome.FAILED_FINAL,
                Duration.ofMillis(attempt.attempt().durationMs()));
    }

    private DeliveryStatus record(String owner, Job job, OrganizationId org, Delivery delivery,
                                  PartnerHandoff.Handoff attempt) {
        Delivery updated = deliveries.update(delivery.attempted(attempt.attempt(), attempt.retryAt(), attempt.finished()));
        if (updated.status() == DeliveryStatus.RETRYING) {
            jobs.reschedule(job.id(), owner, attempt.retryAt());
            return updated.status();
        }
        jobs.complete(job.id(), owner);
        settlement.finished(org, updated, attempt.partner(), attempt.finished());
        return updated.status();
    }
}
