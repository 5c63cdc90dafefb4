package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * An audience on Meta: the ad account it is in and Meta's id of it once created, and its last (or current) sync.
 *
 * @param adAccountId     the Meta ad account ({@code act_...}), or null before a first sync
 * @param audienceId      Meta's id of the audience, or null until Meta created it
 * @param syncStatusValue the sync status as sent; {@link #syncStatus()} reads it
 * @param sent            members sent in the last or current sync
 * @param total           members to send in it
 * @param startedAt       when the last sync started, or null
 * @param syncedAt        when a sync last ended well, or null
 * @param failureReason   why the last sync failed, or null
 */
public record AudienceMetaSync(String adAccountId, String audienceId,
                               @JsonProperty("sync_status") String syncStatusValue, long sent, long total,
                               Instant startedAt, Instant syncedAt, String failureReason) {
    /**
     * Where the audience stands with Meta.
     *
     * @return the status, {@link AudienceSyncStatus#UNKNOWN} for one this SDK does not know
     */
    public AudienceSyncStatus syncStatus() {
        return AudienceSyncStatus.fromValue(syncStatusValue);
    }
}
