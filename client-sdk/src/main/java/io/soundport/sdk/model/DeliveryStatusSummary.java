package io.soundport.sdk.model;

import java.util.List;
import java.util.Map;

/**
 * A release's deliveries at a glance: how many are in each status, and per partner the latest one.
 *
 * @param releaseId     the release
 * @param releaseStatus the release's status, such as {@code DELIVERING} or {@code DELIVERED}
 * @param counts        every delivery status ({@code QUEUED}, {@code IN_PROGRESS}, {@code RETRYING},
 *                      {@code DELIVERED}, {@code FAILED}) with how many of the release's deliveries, takedowns
 *                      included, are in it; 0 when none
 * @param partners      per partner the release went to, its latest delivery
 */
public record DeliveryStatusSummary(String releaseId, String releaseStatus, Map<String, Integer> counts,
                                    List<PartnerDeliveryStatus> partners) {
    /**
     * How many deliveries are in a status.
     *
     * @param status a status such as {@code DELIVERED}
     * @return the count, 0 when the status has none or is unknown
     */
    public int count(String status) {
        Integer n = counts == null ? null : counts.get(status);
        return n == null ? 0 : n;
    }
}
