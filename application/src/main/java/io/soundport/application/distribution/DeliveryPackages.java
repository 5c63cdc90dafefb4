package io.soundport.application.distribution;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.ReleasePackager;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.port.Clock;

/**
 * Builds what a delivery hands to its partner: the packager's package of the release, its artist and tracks, sent
 * by the organization, with the terms the packager needs to take a release down without opening a sale window
 * (whether a live delivery of the release reached this partner before). Throws when the release cannot be packaged (it was deleted, or it lacks what a DSP needs).
 */
public final class DeliveryPackages {
    private final Organizations organizations;
    private final Releases releases;
    private final Artists artists;
    private final Tracks tracks;
    private final Deliveries deliveries;
    private final ReleasePackager packager;
    private final Clock clock;

    public DeliveryPackages(Organizations organizations, Releases releases, Artists artists, Tracks tracks,
                            Deliveries deliveries, ReleasePackager packager, Clock clock) {
        this.organizations = organizations;
        this.releases = releases;
        this.artists = artists;
        this.tracks = tracks;
        this.deliveries = deliveries;
        this.packager = packager;
        this.clock = clock;
    }

    DeliveryPackage packageFor(OrganizationId org, Delivery delivery, Partner partner) {
        Release release = releases.find(org, delivery.releaseId()).orElseThrow();
        String artist = artists.find(org, release.artistId()).map(Artist::name).orElse("Various Artists");
        Organization organization = organizations.find(org).orElse(null);
        // a delivery is refused before it is queued without both DDEX Party IDs; the ids stand in for older ones
        ReleasePackager.Party sender = organization == null ? new ReleasePackager.Party(org.value(), org.value())
                : new ReleasePackager.Party(organization.dpid() == null ? org.value() : organization.dpid().value(),
                        organization.ddexPartyName());
        ReleasePackager.Party recipient = new ReleasePackager.Party(
                partner.dpid() == null ? partner.id().value() : partner.dpid().value(), partner.name());
        return packager.pack(new ReleasePackager.Contents(delivery.kind(), sender, recipient, delivery.id().value(),
                release, artist,
                tracks.ofRelease(org, release.id()), clock.now(), terms(org, release, partner)));
    }

    private ReleasePackager.Terms terms(OrganizationId org, Release release, Partner partner) {
        boolean deliveredLive = deliveries.ofRelease(org, release.id()).stream()
                .anyMatch(d -> d.partnerId().equals(partner.id()) && d.kind() == DeliveryKind.DELIVERY
                        && d.status() == DeliveryStatus.DELIVERED);
        return new ReleasePackager.Terms(partner.test(), deliveredLive, partner.takedown());
    }
}
