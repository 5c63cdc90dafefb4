package io.soundport.application.marketing;

import io.soundport.domain.marketing.CampaignFilter;
import io.soundport.domain.marketing.CampaignStatus;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/** A page of the caller's campaigns, newest first, of one status and with a name containing {@code q}. */
public record ListCampaignsQuery(CampaignFilter filter, PageRequest page) {
    /** The longest text {@code q} may be. */
    public static final int MAX_QUERY = 200;

    public ListCampaignsQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }

    /** From the raw parameters, each of which may be null or blank (no filter); reports every invalid one at once. */
    public static ListCampaignsQuery of(String status, String q, Integer limit, String cursor) {
        Validation v = new Validation();
        CampaignStatus s = status == null || status.isBlank() ? null
                : v.field("status", () -> CampaignStatus.parse(status, "status"));
        String name = q == null || q.isBlank() ? null : v.field("q", () -> Validation.requireText(q, "q", MAX_QUERY));
        PageRequest page = v.nested("", () -> PageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return new ListCampaignsQuery(new CampaignFilter(s, name), page);
    }
}
