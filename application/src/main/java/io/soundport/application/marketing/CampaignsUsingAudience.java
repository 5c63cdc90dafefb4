package io.soundport.application.marketing;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.Campaigns;

import java.util.List;

/** The campaigns that target an audience, the first {@value #NAMED} of them: what keeps it from being deleted. */
public final class CampaignsUsingAudience implements AudienceUsage {
    static final int NAMED = 10;
    private final Campaigns campaigns;

    public CampaignsUsingAudience(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public List<String> usersOf(OrganizationId organizationId, AudienceId audience) {
        return campaigns.using(organizationId, audience, NAMED).stream().map(CampaignId::value).toList();
    }
}
