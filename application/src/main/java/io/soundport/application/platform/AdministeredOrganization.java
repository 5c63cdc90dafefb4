package io.soundport.application.platform;

import io.soundport.domain.identity.Organization;

import java.util.Objects;

/** An organization as a platform operator sees it: with how many requests its callers made over the last hour. */
public record AdministeredOrganization(Organization organization, long requestsThisHour) {
    public AdministeredOrganization {
        Objects.requireNonNull(organization, "organization");
    }
}
