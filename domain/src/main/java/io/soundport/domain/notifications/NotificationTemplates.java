package io.soundport.domain.notifications;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

/** Persistence of notification templates, always within one organization; a name is unique within it. */
public interface NotificationTemplates {
    /** Adds a new template; a name the organization already uses is refused as a conflict on {@code name}. */
    void add(NotificationTemplate template);

    Optional<NotificationTemplate> find(OrganizationId organizationId, NotificationTemplateId id);

    Optional<NotificationTemplate> findByName(OrganizationId organizationId, String name);

    /** Stores a changed template loaded at its version; returns it with its new version (a taken name: conflict). */
    NotificationTemplate update(NotificationTemplate template);

    /** Removes it; false when it was not there. */
    boolean remove(OrganizationId organizationId, NotificationTemplateId id);

    /** The organization's templates, newest first. */
    Page<NotificationTemplate> list(OrganizationId organizationId, PageRequest page);
}
