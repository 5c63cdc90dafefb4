package io.soundport.domain.marketing;

import io.soundport.domain.shared.Text;

/** Which campaigns a list shows: of one status, with a name containing {@code nameContains} in any case; null: any. */
public record CampaignFilter(CampaignStatus status, String nameContains) {
    public static final CampaignFilter ALL = new CampaignFilter(null, null);

    public boolean matches(Campaign campaign) {
        return (status == null || campaign.status() == status)
                && (nameContains == null || Text.containsIgnoreCase(campaign.plan().name(), nameContains));
    }
}
