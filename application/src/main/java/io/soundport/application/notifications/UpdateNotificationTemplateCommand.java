package io.soundport.application.notifications;

import io.soundport.domain.notifications.NotificationTemplateId;

import java.util.Objects;

/**
 * A change to a notification template: the name, the subject and the body may each be null, which keeps it (the
 * channel never changes). {@code expectedVersion} is null when the caller does not name the version it read.
 */
public record UpdateNotificationTemplateCommand(NotificationTemplateId id, String name, String subject, String body,
                                                Long expectedVersion) {
    public UpdateNotificationTemplateCommand {
        Objects.requireNonNull(id, "id");
    }
}
