package io.soundport.domain.marketing;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/**
 * Id of a marketing campaign (`cmp_…`); Meta's own id of a campaign is
 * {@link io.soundport.domain.integrations.ads.CampaignId}.
 */
public record CampaignId(String value) {
    public static final String PREFIX = "cmp";

    public CampaignId {
        Ids.check(value, PREFIX);
    }

    public static CampaignId of(String value) {
        return new CampaignId(value);
    }

    public static CampaignId generate(IdGenerator ids) {
        return new CampaignId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
