package io.soundport.domain.notifications;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.Objects;

/**
 * A named message of one channel with variables ({@code {{release.title}}}), filled from a notification's data when
 * it is queued. The subject and body are template text in the language of the {@link TemplateRenderer}; the name is
 * unique within the organization.
 */
public record NotificationTemplate(NotificationTemplateId id, OrganizationId organizationId, String name,
                                   Channel channel, String subject, String body, Instant createdAt,
                                   Instant updatedAt, long version) {
    public static final int MAX_NAME_LENGTH = 100;

    public NotificationTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new template, its text checked as a notification's would be (an e-mail template needs a subject). */
    public static NotificationTemplate create(NotificationTemplateId id, OrganizationId organizationId, String name,
                                              Channel channel, Notification.Text text, Instant now) {
        Content content = Content.of(name, channel, text);
        return new NotificationTemplate(id, organizationId, content.name(), channel, content.subject(),
                content.body(), now, now, 1);
    }

    /** The same template with a new name or text (its channel stays). */
    public NotificationTemplate change(String newName, Notification.Text text, Instant now) {
        Content content = Content.of(newName, channel, text);
        return new NotificationTemplate(id, organizationId, content.name(), channel, content.subject(),
                content.body(), createdAt, now, version);
    }

    private record Content(String name, String subject, String body) {
        static Content of(String name, Channel channel, Notification.Text text) {
            Validation validation = new Validation();
            String checkedName = validation.field("name", () -> Validation.requireText(name, "name",
                    MAX_NAME_LENGTH));
            Notification.Text checked = text.check(channel, validation);
            validation.throwIfInvalid();
            return new Content(checkedName, checked.subject(), checked.body());
        }
    }
}
