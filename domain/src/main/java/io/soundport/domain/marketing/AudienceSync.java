package io.soundport.domain.marketing;

import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.AudienceId;

import java.time.Instant;
import java.util.Objects;

/**
 * An audience's state on Meta: the ad account it is (or will be) created in, Meta's id of it once created, and its
 * last sync: status, the members sent of the total to send ({@code cursor}: the key of the last member sent, where a
 * resumed sync goes on), the user whose Meta connection it runs through, when it started and ended, and why it failed.
 */
public record AudienceSync(AdAccountId adAccountId, AudienceId metaAudienceId, AudienceSyncStatus status, long sent,
                           long total, String cursor, UserId startedBy, Instant startedAt, Instant syncedAt,
                           String failureReason) {
    /** A reason is cut to this length: it is shown, not parsed. */
    public static final int MAX_REASON = 500;
    public static final AudienceSync NEVER = new AudienceSync(null, null, AudienceSyncStatus.NEVER_SYNCED, 0, 0, null,
            null, null, null, null);

    public AudienceSync {
        Objects.requireNonNull(status, "status");
        if (failureReason != null && failureReason.length() > MAX_REASON) {
            failureReason = failureReason.substring(0, MAX_REASON);
        }
    }

    /** A sync started now by {@code user} in that account, to send {@code total} members from the first. */
    AudienceSync started(AdAccountId account, UserId user, long total, Instant now) {
        return new AudienceSync(account, metaAudienceId, AudienceSyncStatus.SYNCING, 0, total, null, user, now,
                syncedAt, null);
    }

    AudienceSync created(AudienceId meta) {
        return new AudienceSync(adAccountId, meta, status, sent, total, cursor, startedBy, startedAt, syncedAt, null);
    }

    AudienceSync progressed(long sentNow, String lastKey) {
        return new AudienceSync(adAccountId, metaAudienceId, status, sent + sentNow, Math.max(total, sent + sentNow),
                lastKey, startedBy, startedAt, syncedAt, null);
    }

    AudienceSync synced(Instant now) {
        return new AudienceSync(adAccountId, metaAudienceId, AudienceSyncStatus.SYNCED, sent, total, null, startedBy,
                startedAt, now, null);
    }

    AudienceSync failed(String reason) {
        return new AudienceSync(adAccountId, metaAudienceId, AudienceSyncStatus.FAILED, sent, total, cursor, startedBy,
                startedAt, syncedAt, reason == null ? "failed" : reason);
    }
}
