package io.soundport.domain.notifications;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

/** Persistence of notifications, always within one organization. */
public interface Notifications {
    /** Adds a new notification; like every write here it joins the current transaction. */
    void add(Notification notification);

    Optional<Notification> find(OrganizationId organizationId, NotificationId id);

    /**
     * Stores a changed notification loaded at {@code notification.version()}; returns it with its new version. A
     * stale version or a missing notification is refused ({@code STALE_VERSION}, {@code NOT_FOUND}).
     */
    Notification update(Notification notification);

    /** The organization's notifications that match the filter, newest first. */
    Page<Notification> list(OrganizationId organizationId, NotificationFilter filter, PageRequest page);
}
