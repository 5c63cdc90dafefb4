package io.soundport.application.integrations;

import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.AdsPageRequest;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/** A page of an ad account's campaigns, newest first. Build it with {@link #of}, which checks every field. */
public record ListCampaignsQuery(AdAccountId account, AdsPageRequest page) {
    public ListCampaignsQuery {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(page, "page");
    }

    public static ListCampaignsQuery of(String adAccountId, Integer limit, String cursor) {
        Validation v = new Validation();
        AdAccountId account = v.field("adAccountId", () -> AdAccountId.of(adAccountId));
        AdsPageRequest page = v.nested("", () -> AdsPageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return new ListCampaignsQuery(account, page);
    }
}
