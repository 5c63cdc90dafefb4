package io.soundport.domain.integrations.ads;

/** What insights can be asked of: a campaign or a whole ad account. */
public sealed interface InsightsSubject permits CampaignId, AdAccountId {
    /** The id the Graph API knows it by. */
    String graphId();
}
