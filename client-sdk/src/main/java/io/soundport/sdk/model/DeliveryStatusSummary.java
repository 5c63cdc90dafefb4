package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * A release's deliveries at a glance: how many are in each status, and per partner the latest one.
 *
 * @param releaseId     the release
 * @param releaseStatusValue the release status as sent; {@link #releaseStatus()} reads it as an enum
 * @param counts        every delivery status ({@code QUEUED}, {@code IN_PROGRESS}, {@code RETRYING},
 *                      {@code DELIVERED}, {@code FAILED}) with how many of the release's deliveries, takedowns
 *                      included, are in it; 0 when none
 * @param partners      per partner the release went to, its latest delivery
 */
public record DeliveryStatusSummary(String releaseId, @JsonProperty("release_status") String releaseStatusValue,
                                    Map<String, Integer> counts, List<PartnerDeliveryStatus> partners) {
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

    /**
     * How many deliveries are in a status.
     *
     * @param status a status such as {@link DeliveryStatus#DELIVERED}
     * @return the count, 0 when the status has none or is {@link DeliveryStatus#UNKNOWN}
     */
    public int count(DeliveryStatus status) {
        return status == null || !status.isKnown() ? 0 : count(status.value());
    }

    /**
     * Where the release is.
     *
     * @return the release status, {@link ReleaseStatus#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #releaseStatusValue()})
     */
    public ReleaseStatus releaseStatus() {
        return ReleaseStatus.fromValue(releaseStatusValue);
    }
}
