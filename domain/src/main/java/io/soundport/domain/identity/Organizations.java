package io.soundport.domain.identity;

import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

/** Persistence of organizations. */
public interface Organizations {
    void add(Organization organization);

    Optional<Organization> find(OrganizationId id);

    /**
     * Stores a changed organization (its tier, its standing) loaded at {@code organization.version()}; returns it
     * with its new version.
     */
    Organization update(Organization organization);

    /** The organizations that pass the filter, newest first; for platform operators. */
    Page<Organization> search(OrganizationFilter filter, PageRequest page);
}
