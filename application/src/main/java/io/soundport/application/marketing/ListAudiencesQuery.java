package io.soundport.application.marketing;

import io.soundport.domain.marketing.AudienceFilter;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.AudienceType;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * A page of the caller's audiences, newest first: of one type, or the lookalikes made from one audience
 * ({@code origin}). Build it with {@link #of}.
 */
public record ListAudiencesQuery(AudienceFilter filter, PageRequest page) {
    public ListAudiencesQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }

    /** From the raw parameters, each of which may be null or blank (no filter); every invalid one at once. */
    public static ListAudiencesQuery of(String type, String origin, Integer limit, String cursor) {
        Validation v = new Validation();
        AudienceType t = blank(type) ? null : v.field("type", () -> AudienceType.parse(type));
        AudienceId o = blank(origin) ? null : v.field("origin", () -> AudienceId.of(origin.strip()));
        PageRequest page = v.nested("", () -> PageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return new ListAudiencesQuery(new AudienceFilter(t, o), page);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
