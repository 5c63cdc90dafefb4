package io.soundport.application.platform;

import io.soundport.domain.identity.OrganizationFilter;
import io.soundport.domain.identity.OrganizationStatus;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.StoredText;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/** A page of every organization, newest first, that passes a platform operator's filter. */
public record SearchOrganizationsQuery(OrganizationFilter filter, PageRequest page) {
    public SearchOrganizationsQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }

    /**
     * From the raw values, each of which may be null: {@code text} a part of the name (any case) or an exact id,
     * {@code tier} and {@code status} one value each. Reports every invalid one at once.
     */
    public static SearchOrganizationsQuery of(String text, String tier, String status, Integer limit, String cursor) {
        Validation v = new Validation();
        String t = text == null || text.isBlank() ? null
                : v.field("q", () -> StoredText.check(text.strip(), "q", false));
        Tier tr = tier == null || tier.isBlank() ? null : v.field("tier", () -> Tier.parse(tier, "tier"));
        OrganizationStatus s = status == null || status.isBlank() ? null
                : v.field("status", () -> OrganizationStatus.parse(status, "status"));
        PageRequest page = v.nested("", () -> PageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return new SearchOrganizationsQuery(new OrganizationFilter(t, tr, s), page);
    }
}
