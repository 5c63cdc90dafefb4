package io.soundport.application.notifications;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationId;
import io.soundport.domain.notifications.NotificationTemplate;
import io.soundport.domain.notifications.NotificationTemplateId;
import io.soundport.domain.notifications.NotificationTemplates;
import io.soundport.domain.notifications.Notifications;
import io.soundport.domain.notifications.TemplateRenderer;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;

import java.util.Locale;
import java.util.Optional;

/**
 * Notifications of the caller's organization: a member queues them (with their text, or a template filled from
 * data), every member reads them. Sending is the {@link NotificationWorker}'s.
 */
public final class NotificationService {
    private final TransactionRunner tx;
    private final Notifications notifications;
    private final NotificationTemplates templates;
    private final NotificationQueue queue;
    private final TemplateRenderer renderer;
    private final AuditRecorder audit;

    public NotificationService(TransactionRunner tx, Notifications notifications, NotificationTemplates templates,
                               NotificationQueue queue, TemplateRenderer renderer, AuditRecorder audit) {
        this.tx = tx;
        this.notifications = notifications;
        this.templates = templates;
        this.queue = queue;
        this.renderer = renderer;
        this.audit = audit;
    }

    /** Queues it (QUEUED, with its send job): its text as given, or its template filled from its data. */
    public Notification queue(Caller caller, QueueNotificationCommand command) {
        caller.require(Permission.WRITE);
        return tx.inTransaction(() -> {
            Notification.Text text = command.template() == null
                    ? new Notification.Text(command.subject(), command.body(), null)
                    : fill(caller.organizationId(), command);
            Notification notification = queue.queue(caller.organizationId(), command.to(), text);
            audit.record(caller, "notification.queued", notification.id().value());
            return notification;
        });
    }

    public Notification get(Caller caller, NotificationId id) {
        caller.require(Permission.READ);
        return notifications.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Notification", id.value()));
    }

    public Page<Notification> list(Caller caller, ListNotificationsQuery query) {
        caller.require(Permission.READ);
        return notifications.list(caller.organizationId(), query.filter(), query.page());
    }

    private Notification.Text fill(OrganizationId organizationId, QueueNotificationCommand command) {
        NotificationTemplate template = template(organizationId, command.template());
        if (template.channel() != command.to().channel()) {
            throw DomainException.invalid("template", "is a template for " + name(template.channel())
                    + "; this notification goes by " + name(command.to().channel()));
        }
        String subject = template.subject() == null ? null
                : renderer.render(template.subject(), command.data(), "subject");
        return new Notification.Text(subject, renderer.render(template.body(), command.data(), "body"),
                template.id());
    }

    /** The template the reference names: its id ({@code ntt_…}) or its name. */
    private NotificationTemplate template(OrganizationId organizationId, String reference) {
        Optional<NotificationTemplate> found = reference.startsWith(NotificationTemplateId.PREFIX + "_")
                ? byId(organizationId, reference) : templates.findByName(organizationId, reference);
        return found.orElseThrow(() -> DomainException.invalid("template",
                "names no template of this organization (by id or by name)"));
    }

    private Optional<NotificationTemplate> byId(OrganizationId organizationId, String reference) {
        try {
            return templates.find(organizationId, NotificationTemplateId.of(reference));
        } catch (DomainException malformed) {
            return templates.findByName(organizationId, reference);
        }
    }

    private static String name(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }
}
