package io.soundport.application.marketing;

import io.soundport.domain.marketing.CampaignId;

import java.util.Objects;

/**
 * A launch or a pause done on Meta (when the campaign runs there) and not yet stored: the campaign. Storing it checks
 * the move again on the campaign as it then is (CONFLICT when someone else made it meanwhile).
 */
public record PreparedRun(CampaignId id) {
    public PreparedRun {
        Objects.requireNonNull(id, "id");
    }
}
