package io.soundport.application.notifications;

import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.JsonTree;
import io.soundport.domain.shared.Validation;

import java.util.Map;
import java.util.Objects;

/**
 * A notification to queue: a recipient of a channel, and either its text (a subject for an e-mail, a body) or a
 * template (its id or its name) and the data that fills it. Build it with {@link #of}, which checks every field;
 * the text itself is checked when the notification is made, a template's once it is filled.
 */
public record QueueNotificationCommand(Recipient to, String subject, String body, String template,
                                       Map<String, Object> data) {
    public static final int MAX_TEMPLATE_REFERENCE_LENGTH = 100;

    public QueueNotificationCommand {
        Objects.requireNonNull(to, "to");
        data = data == null ? Map.of() : JsonTree.copyOf(data);
        if (template != null && (subject != null || body != null)) {
            throw DomainException.invalid("template", "a template gives the subject and body: send one or the other");
        }
    }

    /** The request's values as given: a channel ({@code email}, {@code sms}, {@code push}) and a recipient. */
    public static QueueNotificationCommand of(String channel, String to, String subject, String body,
                                              String template, Map<String, Object> data) {
        Validation v = new Validation();
        Channel c = v.field("channel", () -> Channel.parse(channel, "channel"));
        Recipient r = c == null ? null : v.field("to", () -> Recipient.of(c, to, "to"));
        String t = v.field("template", () -> Validation.optionalText(template, "template",
                MAX_TEMPLATE_REFERENCE_LENGTH));
        v.require(t == null || (subject == null && body == null), "template",
                "a template gives the subject and body: send one or the other");
        v.require(t != null || data == null || data.isEmpty(), "data", "data fills a template: name one");
        if (data != null) {
            v.field("data", () -> {
                JsonTree.check(data, "data");
                return null;
            });
        }
        v.throwIfInvalid();
        return new QueueNotificationCommand(r, subject, body, t, data);
    }
}
