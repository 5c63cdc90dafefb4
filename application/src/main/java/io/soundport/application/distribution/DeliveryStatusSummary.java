package io.soundport.application.distribution;

import io.soundport.domain.catalog.Release;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryStatus;

import java.util.List;
import java.util.Map;

/** Where a release stands with its partners: its status, counts per delivery status, the latest per partner. */
public record DeliveryStatusSummary(Release release, Map<DeliveryStatus, Integer> counts, List<Delivery> latestPerPartner) {
    public DeliveryStatusSummary {
        counts = Map.copyOf(counts);
        latestPerPartner = List.copyOf(latestPerPartner);
    }
}
