package io.soundport.application.distribution;

import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.Versions;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseEvent;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryFilter;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deliveries of releases to partners: queued per partner (the worker carries them out), retried when FAILED,
 * summarised per release, and takedowns sent to every partner a release reached.
 */
public final class DeliveryService {
    public static final String SEND_JOB = "delivery.send";

    private final TransactionRunner tx;
    private final Releases releases;
    private final Tracks tracks;
    private final Partners partners;
    private final Deliveries deliveries;
    private final Jobs jobs;
    private final EventRecorder events;
    private final IdGenerator ids;
    private final Clock clock;

    public DeliveryService(TransactionRunner tx, Releases releases, Tracks tracks, Partners partners,
                           Deliveries deliveries, Jobs jobs, EventRecorder events, IdGenerator ids, Clock clock) {
        this.tx = tx;
        this.releases = releases;
        this.tracks = tracks;
        this.partners = partners;
        this.deliveries = deliveries;
        this.jobs = jobs;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    /** One QUEUED delivery per partner; the release moves to DELIVERING. */
    public List<Delivery> deliver(Caller caller, ReleaseId releaseId, List<PartnerId> partnerIds) {
        caller.require(Permission.WRITE);
        if (partnerIds == null || partnerIds.isEmpty()) {
            throw DomainException.invalid("partnerIds", "name at least one partner");
        }
        return tx.inTransaction(() -> queue(caller.organizationId(), releaseId, new LinkedHashSet<>(partnerIds), 0));
    }

    /**
     * Queues deliveries of a release to these partners, inside the caller's transaction; used by the API and by
     * workflow rules ({@code depth} marks the events a rule caused).
     */
    public List<Delivery> queue(OrganizationId org, ReleaseId releaseId, Set<PartnerId> partnerIds, int depth) {
        Release release = releases.find(org, releaseId)
                .orElseThrow(() -> DomainException.notFound("Release", releaseId.value()));
        requireDeliverable(org, release);
        List<Partner> targets = new ArrayList<>();
        for (PartnerId id : partnerIds) {
            Partner partner = partners.find(org, id)
                    .orElseThrow(() -> DomainException.invalid("partnerIds", "no partner " + id + " in this organization"));
            if (!partner.active()) {
                throw DomainException.conflict("Partner " + id + " is not active", "partnerIds");
            }
            targets.add(partner);
        }
        Instant now = clock.now();
        Optional<ReleaseEvent.ReleaseUpdated> started = release.startDelivering(
                tracks.ofRelease(org, releaseId).size(), events.meta(org, now, depth));
        Release delivering = releases.update(started.map(ReleaseEvent::release).orElse(release));
        List<Delivery> queued = new ArrayList<>();
        for (Partner partner : targets) {
            Delivery delivery = Delivery.queued(DeliveryId.generate(ids), org, releaseId, partner.id(),
                    DeliveryKind.DELIVERY, now);
            deliveries.add(delivery);
            jobs.enqueue(sendJob(delivery, now));
            events.record(delivery.queuedEvent(partner.name(), events.meta(org, now, depth)));
            queued.add(delivery);
        }
        started.ifPresent(event -> events.record(event.stored(delivering)));
        return queued;
    }

    public Delivery retry(Caller caller, DeliveryId id) {
        caller.require(Permission.WRITE);
        Instant now = clock.now();
        return tx.inTransaction(() -> {
            Delivery retried = deliveries.update(get(caller, id).retry(now));
            jobs.enqueue(sendJob(retried, now));
            return retried;
        });
    }

    public Delivery get(Caller caller, DeliveryId id) {
        caller.require(Permission.READ);
        return deliveries.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Delivery", id.value()));
    }

    public Page<Delivery> list(Caller caller, DeliveryFilter filter, PageRequest page) {
        caller.require(Permission.READ);
        return deliveries.list(caller.organizationId(), filter, page);
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

    /**
     * A delivered release → TAKEDOWN_REQUESTED, and one TAKEDOWN delivery to every partner that received it.
     */
    public Release takedown(Caller caller, ReleaseId releaseId, Long expectedVersion) {
        caller.require(Permission.WRITE);
        Instant now = clock.now();
        return tx.inTransaction(() -> {
            OrganizationId org = caller.organizationId();
            Release release = releases.find(org, releaseId)
                    .orElseThrow(() -> DomainException.notFound("Release", releaseId.value()));
            Versions.check(expectedVersion, release.version(), "Release " + releaseId.value());
            ReleaseEvent.ReleaseTakedownRequested takedownRequested = release.requestTakedown(
                    tracks.ofRelease(org, releaseId).size(), events.meta(org, now, 0));
            Release requested = releases.update(takedownRequested.release());
            Set<PartnerId> reached = new LinkedHashSet<>();
            for (Delivery d : deliveries.ofRelease(org, releaseId)) {
                if (d.kind() == DeliveryKind.DELIVERY && d.status() == DeliveryStatus.DELIVERED) {
                    reached.add(d.partnerId());
                }
            }
            for (PartnerId partner : reached) {
                Delivery takedown = Delivery.queued(DeliveryId.generate(ids), org, releaseId, partner,
                        DeliveryKind.TAKEDOWN, now);
                deliveries.add(takedown);
                jobs.enqueue(sendJob(takedown, now));
            }
            events.record(takedownRequested.stored(requested));
            return requested;
        });
    }

    /** What a DSP needs to list a release: a UPC, a release date, and an ISRC on every track. */
    private void requireDeliverable(OrganizationId org, Release release) {
        Validation v = new Validation();
        v.require(release.upc() != null, "upc", "a release needs a UPC to be delivered");
        v.require(release.releaseDate() != null, "releaseDate", "a release needs a release date to be delivered");
        List<Track> all = tracks.ofRelease(org, release.id());
        v.require(!all.isEmpty(), "tracks", "a release needs at least one track to be delivered");
        for (Track track : all) {
            v.require(track.isrc() != null, "tracks", "track " + track.id() + " (" + track.title() + ") needs an ISRC");
        }
        if (v.hasErrors()) {
            try {
                v.throwIfInvalid();
            } catch (DomainException e) {
                throw new DomainException(io.soundport.domain.shared.ErrorCode.CONFLICT,
                        "Release " + release.id() + " cannot be delivered yet: " + e.getMessage(), e.details());
            }
        }
    }

    static Job sendJob(Delivery delivery, Instant runAt) {
        return Job.due(delivery.id().value() + "#" + delivery.attempts().size(), SEND_JOB,
                delivery.organizationId().value(), delivery.id().value(), runAt);
    }
}
