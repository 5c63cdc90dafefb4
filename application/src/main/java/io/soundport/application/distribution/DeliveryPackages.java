package io.soundport.application.distribution;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.MediaAssets;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
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
import io.soundport.domain.port.BlobStore;
import io.soundport.domain.port.Clock;
import io.soundport.domain.shared.DomainException;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds what a delivery hands to its partner: the packager's package of the release, its artist and tracks, sent
 * by the organization, in the batch of the time the delivery was queued, with the terms the packager needs to take a
 * release down without opening a sale window (whether a live delivery of the release reached this partner before).
 * A delivery carries the release's artwork and its tracks' audio, read from the {@link BlobStore} only while they are
 * sent; a takedown carries none. Throws when the release cannot be packaged (it was deleted, or it lacks what a DSP
 * needs).
 */
public final class DeliveryPackages {
    private final Organizations organizations;
    private final Releases releases;
    private final Artists artists;
    private final Tracks tracks;
    private final Deliveries deliveries;
    private final MediaAssets assets;
    private final BlobStore blobs;
    private final ReleasePackager packager;
    private final Clock clock;

    public DeliveryPackages(Organizations organizations, Releases releases, Artists artists, Tracks tracks,
                            Deliveries deliveries, MediaAssets assets, BlobStore blobs, ReleasePackager packager,
                            Clock clock) {
        this.organizations = organizations;
        this.releases = releases;
        this.artists = artists;
        this.tracks = tracks;
        this.deliveries = deliveries;
        this.assets = assets;
        this.blobs = blobs;
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
        List<Track> ofRelease = tracks.ofRelease(org, release.id());
        ReleasePackager.Media media = delivery.kind() == DeliveryKind.DELIVERY ? media(org, release, ofRelease)
                : ReleasePackager.Media.NONE;
        return packager.pack(new ReleasePackager.Contents(delivery.kind(), sender, recipient, delivery.id().value(),
                release, artist, ofRelease, clock.now(), terms(org, release, partner),
                DeliveryPackage.batchIdAt(delivery.createdAt()), media));
    }

    /** The release's artwork and its tracks' audio, where stored, each read from its blob when sent. */
    private ReleasePackager.Media media(OrganizationId org, Release release, List<Track> ofRelease) {
        ReleasePackager.MediaFile artwork = assets.find(org, AssetSubject.artworkOf(release.id()))
                .map(this::file).orElse(null);
        Map<TrackId, ReleasePackager.MediaFile> audio = new LinkedHashMap<>();
        for (Track track : ofRelease) {
            assets.find(org, AssetSubject.audioOf(track.id())).ifPresent(asset -> audio.put(track.id(), file(asset)));
        }
        return new ReleasePackager.Media(artwork, audio);
    }

    /** The asset with its source: the store's failures (a missing file, an unreachable bucket) as IOExceptions. */
    private ReleasePackager.MediaFile file(MediaAsset asset) {
        return new ReleasePackager.MediaFile(asset, () -> {
            try {
                return blobs.open(asset.blobKey());
            } catch (DomainException e) {
                throw new IOException("the " + asset.subject() + " cannot be read: " + e.getMessage(), e);
            }
        });
    }

    private ReleasePackager.Terms terms(OrganizationId org, Release release, Partner partner) {
        boolean deliveredLive = deliveries.ofRelease(org, release.id()).stream()
                .anyMatch(d -> d.partnerId().equals(partner.id()) && d.kind() == DeliveryKind.DELIVERY
                        && d.status() == DeliveryStatus.DELIVERED);
        return new ReleasePackager.Terms(partner.test(), deliveredLive, partner.takedown());
    }
}
