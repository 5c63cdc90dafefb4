package io.soundport.application.marketing;

import io.soundport.domain.marketing.CampaignId;

import java.util.Objects;

/** Launch the campaign, if it is at {@code expectedVersion} (null to skip the check). */
public record LaunchCampaignCommand(CampaignId id, Long expectedVersion) {
    public LaunchCampaignCommand {
        Objects.requireNonNull(id, "id");
    }
}
