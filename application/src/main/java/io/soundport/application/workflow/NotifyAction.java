package io.soundport.application.workflow;

import io.soundport.application.notifications.NotificationQueue;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.Condition;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code notify}: queues a notification of the rule's organization, its subject and body filled from the facts. It
 * joins the unit of work that runs the rule, so the notification is sent by the notification worker after that
 * commits, with its retries; a recipient on the organization's opt-out list is skipped, and the outcome says so.
 */
public final class NotifyAction implements WorkflowAction {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z0-9_.]+)\\s*}}");

    private final NotificationQueue notifications;

    public NotifyAction(NotificationQueue notifications) {
        this.notifications = notifications;
    }

    @Override
    public Action.Type type() {
        return Action.Type.NOTIFY;
    }

    @Override
    public String run(RuleRun run, Action action) {
        Map<String, Object> p = action.params();
        Recipient recipient = recipient(p);
        Channel channel = recipient.channel();
        // an SMS has no subject; the others default to the product's name
        String subject = channel == Channel.SMS ? null
                : fill(String.valueOf(p.getOrDefault("subject", "Soundport")), run.facts());
        String body = p.get("body") == null || p.get("body").toString().isBlank()
                ? "The workflow rule '" + run.rule().name() + "' ran on " + run.event().type() + "."
                : fill(p.get("body").toString(), run.facts());
        Optional<Notification> queued = notifications.queueUnlessOptedOut(run.organizationId(), recipient,
                new Notification.Text(subject, body, null));
        String channelName = channel.name().toLowerCase(Locale.ROOT);
        return queued.map(n -> "queued " + channelName + " to " + recipient + " (" + n.id() + ")")
                .orElseGet(() -> "skipped: " + recipient + " has opted out of " + channelName);
    }

    /** The recipient the parameters name: {@code to}, checked for {@code channel} (e-mail when absent). */
    static Recipient recipient(Map<String, Object> params) {
        Channel channel = Channel.parse(String.valueOf(params.getOrDefault("channel", "email")), "channel");
        Object to = params.get("to");
        if (to == null || to.toString().isBlank()) {
            throw DomainException.invalid("to", "a notify action needs a recipient");
        }
        return Recipient.of(channel, to.toString(), "to");
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
