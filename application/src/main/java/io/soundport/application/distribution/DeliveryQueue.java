package io.soundport.application.distribution;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TraceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the {@link DeliveryWorker} works on: every QUEUED delivery comes with a send job due at once. Used inside
 * the caller's unit of work by {@link DeliveryService} (new deliveries, takedowns) and {@link DeliveryTracking}
 * (retries). A send job keeps the trace it was queued in.
 */
public final class DeliveryQueue {
    public static final String SEND_JOB = "delivery.send";

    private final Deliveries deliveries;
    private final Jobs jobs;
    private final IdGenerator ids;
    private final TraceContext trace;

    public DeliveryQueue(Deliveries deliveries, Jobs jobs, IdGenerator ids, TraceContext trace) {
        this.deliveries = deliveries;
        this.jobs = jobs;
        this.ids = ids;
        this.trace = trace;
    }

    /** A new QUEUED delivery of the release to the partner, and its send job. */
    Delivery add(OrganizationId org, ReleaseId releaseId, PartnerId partner, DeliveryKind kind, Instant now) {
        Delivery delivery = Delivery.queued(DeliveryId.generate(ids), org, releaseId, partner, kind, now);
        deliveries.add(delivery);
        jobs.enqueue(sendJob(delivery, now));
        return delivery;
    }

    /** A delivery sent back to QUEUED (a retry) stored, and a new send job for it. */
    Delivery requeue(Delivery retried, Instant now) {
        Delivery stored = deliveries.update(retried);
        jobs.enqueue(sendJob(stored, now));
        return stored;
    }

    /** One TAKEDOWN delivery to every partner that received the release. */
    List<Delivery> takedowns(OrganizationId org, ReleaseId releaseId, Instant now) {
        Set<PartnerId> reached = new LinkedHashSet<>();
        for (Delivery d : deliveries.ofRelease(org, releaseId)) {
            if (d.kind() == DeliveryKind.DELIVERY && d.status() == DeliveryStatus.DELIVERED) {
                reached.add(d.partnerId());
            }
        }
        List<Delivery> queued = new ArrayList<>();
        for (PartnerId partner : reached) {
            queued.add(add(org, releaseId, partner, DeliveryKind.TAKEDOWN, now));
        }
        return queued;
    }

    private Job sendJob(Delivery delivery, Instant runAt) {
        return Job.due(delivery.id().value() + "#" + delivery.attempts().size(), SEND_JOB,
                delivery.organizationId().value(), delivery.id().value(), runAt).inTrace(trace.current());
    }
}
