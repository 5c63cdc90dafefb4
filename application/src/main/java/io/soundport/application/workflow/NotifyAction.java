package io.soundport.application.workflow;

import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.Condition;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code notify}: sends a message through the notification port, its subject and body filled from the facts. */
public final class NotifyAction implements WorkflowAction {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z0-9_.]+)\\s*}}");

    private final NotificationSender notifications;

    public NotifyAction(NotificationSender notifications) {
        this.notifications = notifications;
    }

    @Override
    public Action.Type type() {
        return Action.Type.NOTIFY;
    }

    @Override
    public String run(RuleRun run, Action action) {
        Map<String, Object> p = action.params();
        Channel channel;
        try {
            channel = Channel.valueOf(String.valueOf(p.getOrDefault("channel", "email"))
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("channel", "must be email, sms or push");
        }
        Object to = p.get("to");
        if (to == null || to.toString().isBlank()) {
            throw DomainException.invalid("to", "a notify action needs a recipient");
        }
        NotificationSender.Result result = notifications.send(channel, to.toString(),
                fill(String.valueOf(p.getOrDefault("subject", "Soundport")), run.facts()),
                fill(String.valueOf(p.getOrDefault("body", "")), run.facts()));
        if (!result.accepted()) {
            throw DomainException.conflict("the notification was refused: " + result.error());
        }
        return "sent " + channel.name().toLowerCase(Locale.ROOT) + " to " + to + " (" + result.providerMessageId() + ")";
    }

    /** {@code {{release.title}}} and the like, from the facts; unknown names stay as they are. */
    static String fill(String template, Map<String, Object> facts) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = Condition.valueAt(facts, m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
