package io.soundport.application.distribution;

import io.soundport.application.catalog.CatalogEvents;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.Partner;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payloads of distribution events. {@code workflow_depth} counts how many workflow rules led to the event, so
 * that rules cannot trigger each other forever.
 */
final class DeliveryEvents {
    static final String DEPTH = "workflow_depth";

    private DeliveryEvents() {
    }

    static Map<String, Object> delivery(Delivery d, Partner partner, int depth) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", d.id().value());
        data.put("release_id", d.releaseId().value());
        data.put("partner_id", d.partnerId().value());
        data.put("partner_name", partner == null ? null : partner.name());
        data.put("kind", d.kind().name());
        data.put("status", d.status().name());
        data.put("attempts", d.attempts().size());
        data.put("partner_reference", d.partnerReference());
        data.put(DEPTH, depth);
        return data;
    }

    static Map<String, Object> release(Release r, int trackCount, int depth) {
        Map<String, Object> data = new LinkedHashMap<>(CatalogEvents.release(r, trackCount));
        data.put(DEPTH, depth);
        return data;
    }
}
