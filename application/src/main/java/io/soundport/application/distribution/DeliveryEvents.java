package io.soundport.application.distribution;

import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.Territory;
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

    static Map<String, Object> release(Release r, int depth) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", r.id().value());
        data.put("title", r.title());
        data.put("artist_id", r.artistId().value());
        data.put("upc", r.upc() == null ? null : r.upc().value());
        data.put("release_date", r.releaseDate() == null ? null : r.releaseDate().toString());
        data.put("territories", r.territories().stream().map(Territory::code).toList());
        data.put("status", r.status().name());
        data.put("version", r.version());
        data.put(DEPTH, depth);
        return data;
    }
}
