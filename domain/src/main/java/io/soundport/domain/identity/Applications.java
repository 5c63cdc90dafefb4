package io.soundport.domain.identity;

import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

/** Persistence of partner applications, always within one organization. */
public interface Applications {
    void add(Application application);

    Optional<Application> find(OrganizationId organizationId, ApplicationId id);

    /** Stores a changed application loaded at {@code application.version()}; returns it with its new version. */
    Application update(Application application);

    /** Removes an application; false when there was none in that organization. */
    boolean remove(OrganizationId organizationId, ApplicationId id);

    /** Newest first. */
    Page<Application> list(OrganizationId organizationId, PageRequest page);
}
