package io.soundport.application.distribution;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deliveries as they go: read one or a page of them, summarised per release, and a FAILED one retried. */
public final class DeliveryTracking {
    private final TransactionRunner tx;
    private final Releases releases;
    private final Deliveries deliveries;
    private final DeliveryQueue queue;
    private final Clock clock;
    private final AuditRecorder audit;

    public DeliveryTracking(TransactionRunner tx, Releases releases, Deliveries deliveries, DeliveryQueue queue,
                            Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.releases = releases;
        this.deliveries = deliveries;
        this.queue = queue;
        this.clock = clock;
        this.audit = audit;
    }

    /** A FAILED delivery back to QUEUED, with a new send job. */
    public Delivery retry(Caller caller, DeliveryId id) {
        caller.require(Permission.WRITE);
        Instant now = clock.now();
        return tx.inTransaction(() -> {
            audit.record(caller, "delivery.retried", id.value());
            return queue.requeue(get(caller, id).retry(now), now);
        });
    }

    public Delivery get(Caller caller, DeliveryId id) {
        caller.require(Permission.READ);
        return deliveries.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Delivery", id.value()));
    }

    public Page<Delivery> list(Caller caller, ListDeliveriesQuery query) {
        caller.require(Permission.READ);
        return deliveries.list(caller.organizationId(), query.filter(), query.page());
    }

    /** Counts per status, and per partner the status of its latest delivery of the release. */
    public DeliveryStatusSummary summary(Caller caller, ReleaseId releaseId) {
        caller.require(Permission.READ);
        Release release = releases.find(caller.organizationId(), releaseId)
                .orElseThrow(() -> DomainException.notFound("Release", releaseId.value()));
        List<Delivery> all = deliveries.ofRelease(caller.organizationId(), releaseId);
        Map<DeliveryStatus, Integer> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0);
        }
        Map<PartnerId, Delivery> latest = new LinkedHashMap<>();
        for (Delivery d : all) {
            counts.merge(d.status(), 1, Integer::sum);
            latest.put(d.partnerId(), d);
        }
        return new DeliveryStatusSummary(release, counts, List.copyOf(latest.values()));
    }
}
