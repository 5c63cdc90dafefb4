package io.soundport.domain.integrations.ads;

/** A Meta campaign's id: digits ({@code 6076262393242}). */
public record CampaignId(String value) implements InsightsSubject {
    public CampaignId {
        value = GraphIds.digits(value, "campaignId", "campaign");
    }

    public static CampaignId of(String value) {
        return new CampaignId(value);
    }

    @Override
    public String graphId() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
