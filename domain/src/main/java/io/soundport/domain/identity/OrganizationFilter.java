package io.soundport.domain.identity;

import java.util.Locale;

/**
 * Which organizations a platform operator lists; null means any. {@code text} matches a name that contains it
 * (case-insensitive) or an id equal to it.
 */
public record OrganizationFilter(String text, Tier tier, OrganizationStatus status) {
    public static final OrganizationFilter ALL = new OrganizationFilter(null, null, null);

    public boolean matches(Organization organization) {
        return (tier == null || organization.tier() == tier)
                && (status == null || organization.status() == status)
                && (text == null || organization.id().value().equals(text)
                || organization.name().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)));
    }
}
