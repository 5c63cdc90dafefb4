package io.soundport.adapters.rest.distribution;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.distribution.DeliveryStatusSummary;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryAttempt;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.shared.Territory;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the distribution endpoints answer. Partner credentials are never shown: only whether there are some. */
final class DistributionViews {
    private DistributionViews() {
    }

    @Schema(name = "Partner")
    record PartnerView(String id, String name, @Schema(implementation = Protocol.class) String protocol, String endpoint, List<String> territories,
                              boolean active, boolean hasCredentials,
                              @Nullable @Schema(description = "SFTP: the SHA-256 fingerprint of the server's host key"
                                      + " the partner is pinned to (SHA256:..., as given or as read when the partner"
                                      + " was saved); public, not a secret. Absent for other protocols")
                              String hostKey,
                              @Nullable @Schema(description = "DDEX Party ID (PADPIDA...), the recipient of its ERN messages")
                              String dpid,
                              @Schema(description = "true: it takes TestMessages only") boolean test,
                              @Schema(description = "how it takes the takedown of a release it never had on sale",
                                      allowableValues = {"message", "purge"}) String takedown,
                              Instant createdAt, Instant updatedAt,
                              long version) {
        /** The partner, with the host key it is pinned to when it has one (null: none shown). */
        static PartnerView of(Partner p, @Nullable String hostKey) {
            return new PartnerView(p.id().value(), p.name(), p.protocol().name(), p.endpoint(),
                    p.territories().stream().map(Territory::code).toList(), p.active(), p.hasCredentials(), hostKey,
                    p.dpid() == null ? null : p.dpid().value(), p.test(),
                    p.takedown().name().toLowerCase(java.util.Locale.ROOT), p.createdAt(), p.updatedAt(),
                    p.version());
        }
    }

    @Schema(name = "DeliveryAttempt")
    record AttemptView(int number, Instant at, boolean succeeded, @Nullable String error,
                              @Nullable String partnerReference, long durationMs) {
        static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.number(), a.at(), a.succeeded(), a.error(), a.partnerReference(), a.durationMs());
        }
    }

    @Schema(name = "Delivery")
    record DeliveryView(String id, String releaseId, String partnerId,
                               @Schema(implementation = DeliveryKind.class) String kind,
                               @Schema(implementation = DeliveryStatus.class) String status,
                               List<AttemptView> attempts, @Nullable String partnerReference,
                               @Nullable Instant nextAttemptAt, Instant createdAt, Instant updatedAt, long version) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id().value(), d.releaseId().value(), d.partnerId().value(), d.kind().name(),
                    d.status().name(), d.attempts().stream().map(AttemptView::of).toList(), d.partnerReference(),
                    d.nextAttemptAt(), d.createdAt(), d.updatedAt(), d.version());
        }
    }

    @Schema(name = "DeliveryList")
    record DeliveryList(List<DeliveryView> data) {
        static DeliveryList of(List<Delivery> deliveries) {
            return new DeliveryList(deliveries.stream().map(DeliveryView::of).toList());
        }
    }

    @Schema(name = "PartnerDeliveryStatus")
    record PartnerStatusView(String partnerId, String deliveryId, @Schema(implementation = DeliveryKind.class) String kind,
                                    @Schema(implementation = DeliveryStatus.class) String status,
                                    @Nullable String partnerReference, Instant updatedAt) {
    }

    @Schema(name = "DeliveryStatusSummary")
    record SummaryView(String releaseId, @Schema(implementation = ReleaseStatus.class) String releaseStatus,
                              @Schema(description = "deliveries per status, every DeliveryStatus a key") Map<String, Integer> counts,
                              List<PartnerStatusView> partners) {
        static SummaryView of(DeliveryStatusSummary s) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (DeliveryStatus status : DeliveryStatus.values()) {
                counts.put(status.name(), s.counts().getOrDefault(status, 0));
            }
            return new SummaryView(s.release().id().value(), s.release().status().name(), counts,
                    s.latestPerPartner().stream().map(d -> new PartnerStatusView(d.partnerId().value(), d.id().value(),
                            d.kind().name(), d.status().name(), d.partnerReference(), d.updatedAt())).toList());
        }
    }
}
