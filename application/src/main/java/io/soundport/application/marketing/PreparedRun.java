package io.soundport.application.marketing;

import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignId;

import java.util.Objects;

/**
 * A launch or a pause done on Meta (when the campaign runs there) and not yet stored: the campaign at the version it
 * was read at, and the Meta campaign a first launch created (null otherwise). Storing it fails with
 * PRECONDITION_FAILED when the campaign changed meanwhile.
 */
public record PreparedRun(CampaignId id, long version, Campaign.OnMeta createdOnMeta) {
    public PreparedRun {
        Objects.requireNonNull(id, "id");
    }
}
