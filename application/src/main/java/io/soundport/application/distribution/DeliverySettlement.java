package io.soundport.application.distribution;

import io.soundport.application.shared.EventRecorder;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseEvent;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.identity.OrganizationId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What follows a delivery that finished, inside the unit of work that recorded it: its outcome event, and, when
 * nothing of its kind is under way any more, the release DELIVERED (or TAKEN_DOWN).
 */
public final class DeliverySettlement {
    private final Deliveries deliveries;
    private final Releases releases;
    private final Tracks tracks;
    private final EventRecorder events;

    public DeliverySettlement(Deliveries deliveries, Releases releases, Tracks tracks, EventRecorder events) {
        this.deliveries = deliveries;
        this.releases = releases;
        this.tracks = tracks;
        this.events = events;
    }

    /** {@code partner} is null when it was deleted. */
    void finished(OrganizationId org, Delivery delivery, Partner partner, Instant now) {
        delivery.outcome(partner == null ? null : partner.name(), events.meta(org, now, 0)).ifPresent(events::record);
        settleRelease(org, delivery, now);
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
}
