package io.soundport.application.marketing;

import io.soundport.domain.marketing.CampaignId;

import java.util.Objects;

/** Pause the campaign, if it is at {@code expectedVersion} (null to skip the check). */
public record PauseCampaignCommand(CampaignId id, Long expectedVersion) {
    public PauseCampaignCommand {
        Objects.requireNonNull(id, "id");
    }
}
