package io.soundport.application.marketing;

import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignId;

import java.util.Objects;

/**
 * A launch or a pause done on Meta (when the campaign runs there) and not yet stored: the campaign, and the Meta
 * campaign a first launch created (null otherwise). Storing it checks the move again on the campaign as it then is
 * (CONFLICT when someone else made it meanwhile).
 */
public record PreparedRun(CampaignId id, Campaign.OnMeta createdOnMeta) {
    public PreparedRun {
        Objects.requireNonNull(id, "id");
    }
}
