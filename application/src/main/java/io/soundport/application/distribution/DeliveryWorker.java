package io.soundport.application.distribution;

import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.RetrySchedule;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseEvent;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryAttempt;
import io.soundport.domain.distribution.DeliveryGateway;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.distribution.ReleasePackager;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.SecretCipher;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Carries deliveries out: claims send jobs under a lease, has the packager build the package, hands it to the
 * gateway of the partner's protocol, records the attempt, and then finishes the delivery or schedules its retry.
 * When no delivery of a release is left under way, the release becomes DELIVERED (or TAKEN_DOWN).
 */
public final class DeliveryWorker {
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    private final TransactionRunner tx;
    private final Organizations organizations;
    private final Releases releases;
    private final Artists artists;
    private final Tracks tracks;
    private final Partners partners;
    private final Deliveries deliveries;
    private final Jobs jobs;
    private final List<DeliveryGateway> gateways;
    private final ReleasePackager packager;
    private final SecretCipher cipher;
    private final EventRecorder events;
    private final RetrySchedule schedule;
    private final Duration lease;
    private final Clock clock;

    public DeliveryWorker(TransactionRunner tx, Organizations organizations, Releases releases, Artists artists,
                          Tracks tracks, Partners partners, Deliveries deliveries, Jobs jobs,
                          List<DeliveryGateway> gateways, ReleasePackager packager, SecretCipher cipher,
                          EventRecorder events, RetrySchedule schedule, Duration lease, Clock clock) {
        this.tx = tx;
        this.organizations = organizations;
        this.releases = releases;
        this.artists = artists;
        this.tracks = tracks;
        this.partners = partners;
        this.deliveries = deliveries;
        this.jobs = jobs;
        this.gateways = List.copyOf(gateways);
        this.packager = packager;
        this.cipher = cipher;
        this.events = events;
        this.schedule = schedule;
        this.lease = lease;
        this.clock = clock;
    }

    /** Claims up to {@code batch} due send jobs for {@code owner} and works them; returns how many. */
    public int runOnce(String owner, int batch) {
        List<Job> claimed = jobs.claim(owner, Set.of(DeliveryService.SEND_JOB), clock.now(), lease, batch);
        for (Job job : claimed) {
            send(owner, job);
        }
        return claimed.size();
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
        Optional<Partner> partner = partners.find(org, delivery.partnerId());
        DeliveryGateway.Result result;
        boolean retryable = false;
        Optional<DeliveryGateway> gateway = partner.flatMap(this::gatewayFor);
        if (partner.isEmpty()) {
            result = DeliveryGateway.Result.failed("the partner was deleted");
        } else if (gateway.isEmpty()) {
            result = DeliveryGateway.Result.failed("no gateway delivers by " + partner.get().protocol() + " yet");
        } else {
            DeliveryPackage pkg;
            try {
                pkg = packageFor(org, delivery, partner.get());
            } catch (DomainException e) {
                pkg = null;
            }
            // a package that cannot be built fails for good; what the partner does is worth retrying
            result = pkg == null ? DeliveryGateway.Result.failed("the release cannot be packaged for delivery")
                    : gateway.get().deliver(partner.get(), credentials(partner.get()), pkg);
            retryable = pkg != null;
        }
        Instant finished = clock.now();
        int number = delivery.attempts().size() + 1;
        DeliveryAttempt attempt = new DeliveryAttempt(number, started, result.succeeded(), result.error(),
                result.partnerReference(), Duration.between(started, finished).toMillis());
        Duration delay = result.succeeded() || !retryable ? null : schedule.after(number);
        Instant retryAt = delay == null ? null : finished.plus(delay);
        tx.run(() -> record(owner, job, org, delivery, partner.orElse(null), attempt, retryAt, finished));
    }

    private void record(String owner, Job job, OrganizationId org, Delivery delivery, Partner partner,
                        DeliveryAttempt attempt, Instant retryAt, Instant now) {
        Delivery updated = deliveries.update(delivery.attempted(attempt, retryAt, now));
        if (updated.status() == DeliveryStatus.RETRYING) {
            jobs.reschedule(job.id(), owner, retryAt);
            return;
        }
        jobs.complete(job.id(), owner);
        updated.outcome(partner == null ? null : partner.name(), events.meta(org, now, 0)).ifPresent(events::record);
        settleRelease(org, updated, now);
    }

    /** When nothing of this kind is under way any more, the release has reached (or left) its partners. */
    private void settleRelease(OrganizationId org, Delivery updated, Instant now) {
        List<Delivery> all = new ArrayList<>();
        // this unit of work's own update may not be readable yet (DynamoDB defers writes): use it directly
        for (Delivery d : deliveries.ofRelease(org, updated.releaseId())) {
            all.add(d.id().equals(updated.id()) ? updated : d);
        }
        boolean underWay = all.stream().anyMatch(d -> d.kind() == updated.kind() && !d.status().finished());
        boolean anyDone = all.stream().anyMatch(d -> d.kind() == updated.kind() && d.status() == DeliveryStatus.DELIVERED);
        if (underWay || !anyDone) {
            return;
        }
        releases.find(org, updated.releaseId()).ifPresent(release -> {
            ReleaseEvent settled = null;
            if (updated.kind() == DeliveryKind.DELIVERY && release.status() == ReleaseStatus.DELIVERING) {
                settled = release.delivered(trackCount(org, release), events.meta(org, now, 0));
            } else if (updated.kind() == DeliveryKind.TAKEDOWN && release.status() == ReleaseStatus.TAKEDOWN_REQUESTED) {
                settled = release.takenDown(trackCount(org, release), events.meta(org, now, 0));
            }
            if (settled != null) {
                events.record(settled.stored(releases.update(settled.release())));
            }
        });
    }

    private int trackCount(OrganizationId org, Release release) {
        return tracks.ofRelease(org, release.id()).size();
    }

    private Optional<DeliveryGateway> gatewayFor(Partner partner) {
        return gateways.stream().filter(g -> g.handles(partner.protocol())).findFirst();
    }

    private String credentials(Partner partner) {
        return partner.credentialsCiphertext() == null ? null : cipher.decrypt(partner.credentialsCiphertext());
    }

    private DeliveryPackage packageFor(OrganizationId org, Delivery delivery, Partner partner) {
        Release release = releases.find(org, delivery.releaseId()).orElseThrow();
        String artist = artists.find(org, release.artistId()).map(Artist::name).orElse("Various Artists");
        String senderName = organizations.find(org).map(Organization::name).orElse(org.value());
        return packager.pack(new ReleasePackager.Contents(delivery.kind(),
                new ReleasePackager.Party(org.value(), senderName),
                new ReleasePackager.Party(partner.id().value(), partner.name()), delivery.id().value(), release, artist,
                tracks.ofRelease(org, release.id()), clock.now()));
    }
}
