package io.soundport.application.notifications;

import io.soundport.domain.notifications.Channel;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * A new notification template: a name unique in the organization, a channel, and its subject and body in the
 * template language. The text is checked as a notification's would be when the template is made, its syntax by the
 * renderer. Build it with {@link #of}, which checks the channel.
 */
public record CreateNotificationTemplateCommand(String name, Channel channel, String subject, String body) {
    public CreateNotificationTemplateCommand {
        Objects.requireNonNull(channel, "channel");
    }

    /** The request's values as given: a channel ({@code email}, {@code sms}, {@code push}), a name, the text. */
    public static CreateNotificationTemplateCommand of(String name, String channel, String subject, String body) {
        Validation v = new Validation();
        Channel c = v.field("channel", () -> Channel.parse(channel, "channel"));
        v.throwIfInvalid();
        return new CreateNotificationTemplateCommand(name, c, subject, body);
    }
}
