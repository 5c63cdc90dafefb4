package io.soundport.application.distribution;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.Versions;
import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaAssets;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseEvent;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Deliveries of releases to partners: queued per partner (the worker carries them out), by a caller or by a
 * workflow rule, and takedowns sent to every partner a release reached. Reads and retries: {@link DeliveryTracking}.
 */
public final class DeliveryService {
    private final TransactionRunner tx;
    private final Organizations organizations;
    private final Releases releases;
    private final Tracks tracks;
    private final MediaAssets assets;
    private final Partners partners;
    private final DeliveryQueue queue;
    private final EventRecorder events;
    private final Clock clock;
    private final AuditRecorder audit;

    public DeliveryService(TransactionRunner tx, Organizations organizations, Releases releases, Tracks tracks,
                           MediaAssets assets, Partners partners, DeliveryQueue queue, EventRecorder events,
                           Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.organizations = organizations;
        this.releases = releases;
        this.tracks = tracks;
        this.assets = assets;
        this.partners = partners;
        this.queue = queue;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /** One QUEUED delivery per partner; the release moves to DELIVERING. */
    public List<Delivery> deliver(Caller caller, DeliverReleaseCommand command) {
        caller.require(Permission.WRITE);
        return tx.inTransaction(() -> {
            audit.record(caller, "release.delivery_requested", command.releaseId().value());
            return queue(new QueueDeliveriesCommand(caller.organizationId(), command.releaseId(),
                    new LinkedHashSet<>(command.partnerIds()), 0));
        });
    }

    /**
     * Queues deliveries of a release to these partners, inside the caller's transaction; used by the API and by
     * workflow rules (the command's {@code workflowDepth} marks the events a rule caused).
     */
    public List<Delivery> queue(QueueDeliveriesCommand command) {
        OrganizationId org = command.organizationId();
        ReleaseId releaseId = command.releaseId();
        int depth = command.workflowDepth();
        Release release = releases.find(org, releaseId)
                .orElseThrow(() -> DomainException.notFound("Release", releaseId.value()));
        List<Partner> targets = new ArrayList<>();
        for (PartnerId id : command.partnerIds()) {
            Partner partner = partners.find(org, id)
                    .orElseThrow(() -> DomainException.invalid("partnerIds", "no partner " + id + " in this organization"));
            if (!partner.active()) {
                throw DomainException.conflict("Partner " + id + " is not active", "partnerIds");
            }
            targets.add(partner);
        }
        requireDeliverable(org, release, targets);
        Instant now = clock.now();
        Optional<ReleaseEvent.ReleaseUpdated> started = release.startDelivering(
                tracks.ofRelease(org, releaseId).size(), events.meta(org, now, depth));
        Release delivering = releases.update(started.map(ReleaseEvent::release).orElse(release));
        List<Delivery> queued = new ArrayList<>();
        for (Partner partner : targets) {
            Delivery delivery = queue.add(org, releaseId, partner.id(), DeliveryKind.DELIVERY, now);
            events.record(delivery.queuedEvent(partner.name(), events.meta(org, now, depth)));
            queued.add(delivery);
        }
        started.ifPresent(event -> events.record(event.stored(delivering)));
        return queued;
    }

    /**
     * A delivered release → TAKEDOWN_REQUESTED, and one TAKEDOWN delivery to every partner that received it.
     */
    public Release takedown(Caller caller, TakedownReleaseCommand command) {
        caller.require(Permission.WRITE);
        ReleaseId releaseId = command.releaseId();
        Instant now = clock.now();
        return tx.inTransaction(() -> {
            OrganizationId org = caller.organizationId();
            Release release = releases.find(org, releaseId)
                    .orElseThrow(() -> DomainException.notFound("Release", releaseId.value()));
            Versions.check(command.expectedVersion(), release.version(), "Release " + releaseId.value());
            ReleaseEvent.ReleaseTakedownRequested takedownRequested = release.requestTakedown(
                    tracks.ofRelease(org, releaseId).size(), events.meta(org, now, 0));
            Release requested = releases.update(takedownRequested.release());
            queue.takedowns(org, releaseId, now);
            events.record(takedownRequested.stored(requested));
            audit.record(caller, "release.takedown_requested", releaseId.value());
            return requested;
        });
    }

    /**
     * What a DSP needs to list a release, checked before anything is queued, every missing item named at once: a UPC,
     * a release date, an ISRC on every track, a label, a genre, the ℗ and © lines, the artwork and every track's
     * audio; and for the DDEX message, the organization's DDEX Party ID (its sender) and each partner's (its
     * recipient).
     */
    private void requireDeliverable(OrganizationId org, Release release, List<Partner> targets) {
        Validation v = new Validation();
        v.require(organizations.find(org).map(o -> o.dpid() != null).orElse(false), "organization.dpid",
                "the organization needs a DDEX Party ID (PATCH /organization) to send releases");
        for (int i = 0; i < targets.size(); i++) {
            Partner partner = targets.get(i);
            v.require(partner.dpid() != null, "partnerIds[" + i + "].dpid",
                    "partner " + partner.id() + " (" + partner.name() + ") needs a DDEX Party ID");
        }
        v.require(release.label() != null, "label", "a release needs a label to be delivered");
        v.require(release.genre() != null, "genre", "a release needs a genre to be delivered");
        v.require(release.pLine() != null, "pLine", "a release needs a ℗ line (year and owner) to be delivered");
        v.require(release.cLine() != null, "cLine", "a release needs a © line (year and owner) to be delivered");
        v.require(release.upc() != null, "upc", "a release needs a UPC to be delivered");
        v.require(release.releaseDate() != null, "releaseDate", "a release needs a release date to be delivered");
        List<Track> all = tracks.ofRelease(org, release.id());
        v.require(!all.isEmpty(), "tracks", "a release needs at least one track to be delivered");
        for (Track track : all) {
            v.require(track.isrc() != null, "tracks", "track " + track.id() + " (" + track.title() + ") needs an ISRC");
        }
        v.require(assets.find(org, AssetSubject.artworkOf(release.id())).isPresent(), "artwork",
                "a release needs its artwork (PUT /releases/" + release.id() + "/artwork) to be delivered");
        for (Track track : all) {
            v.require(assets.find(org, AssetSubject.audioOf(track.id())).isPresent(), "audio", "track "
                    + track.id() + " (" + track.title() + ") needs its audio (PUT /tracks/" + track.id() + "/audio)");
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
}
