package io.soundport.application.marketing;

import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * Push the audience to Meta, in {@code adAccount} (null: the account of its last sync, or for a lookalike its
 * origin's). Build it with {@link #of}.
 */
public record SyncAudienceCommand(AudienceId id, AdAccountId adAccount) {
    public SyncAudienceCommand {
        Objects.requireNonNull(id, "id");
    }

    /** {@code act_123} or the bare digits; null or blank for none. */
    public static SyncAudienceCommand of(AudienceId id, String adAccountId) {
        Validation v = new Validation();
        AdAccountId account = adAccountId == null || adAccountId.isBlank() ? null
                : v.field("adAccountId", () -> AdAccountId.of(adAccountId));
        v.throwIfInvalid();
        return new SyncAudienceCommand(id, account);
    }
}
