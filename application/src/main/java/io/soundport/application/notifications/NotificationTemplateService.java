package io.soundport.application.notifications;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.Versions;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationTemplate;
import io.soundport.domain.notifications.NotificationTemplateId;
import io.soundport.domain.notifications.NotificationTemplates;
import io.soundport.domain.notifications.TemplateRenderer;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;

/**
 * Notification templates of the caller's organization: a member writes them, everyone reads them. A template is
 * checked when it is saved, its text as a notification's of its channel would be and its syntax by the
 * {@link TemplateRenderer}, so that a notification queued from it fails only on the data it is given.
 */
public final class NotificationTemplateService {
    private final TransactionRunner tx;
    private final NotificationTemplates templates;
    private final TemplateRenderer renderer;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditRecorder audit;

    public NotificationTemplateService(TransactionRunner tx, NotificationTemplates templates,
                                       TemplateRenderer renderer, IdGenerator ids, Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.templates = templates;
        this.renderer = renderer;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    public NotificationTemplate create(Caller caller, CreateNotificationTemplateCommand command) {
        caller.require(Permission.WRITE);
        NotificationTemplate template = NotificationTemplate.create(NotificationTemplateId.generate(ids),
                caller.organizationId(), command.name(), command.channel(),
                new Notification.Text(command.subject(), command.body(), null), clock.now());
        checkSyntax(template);
        tx.run(() -> {
            templates.add(template);
            audit.record(caller, "notification_template.created", template.id().value());
        });
        return template;
    }

    public NotificationTemplate get(Caller caller, NotificationTemplateId id) {
        caller.require(Permission.READ);
        return templates.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Notification template", id.value()));
    }

    public Page<NotificationTemplate> list(Caller caller, PageRequest page) {
        caller.require(Permission.READ);
        return templates.list(caller.organizationId(), page);
    }

    /** Changes the given fields (null keeps a field; the channel stays what it was). */
    public NotificationTemplate update(Caller caller, UpdateNotificationTemplateCommand command) {
        caller.require(Permission.WRITE);
        return tx.inTransaction(() -> {
            NotificationTemplate current = get(caller, command.id());
            Versions.check(command.expectedVersion(), current.version(),
                    "Notification template " + command.id().value());
            NotificationTemplate changed = current.change(
                    command.name() == null ? current.name() : command.name(),
                    new Notification.Text(command.subject() == null ? current.subject() : command.subject(),
                            command.body() == null ? current.body() : command.body(), null), clock.now());
            checkSyntax(changed);
            audit.record(caller, "notification_template.updated", current.id().value());
            return templates.update(changed);
        });
    }

    /** Deletes it; the notifications queued from it keep their text and its id. */
    public void delete(Caller caller, DeleteCommand<NotificationTemplateId> command) {
        caller.require(Permission.WRITE);
        tx.run(() -> {
            NotificationTemplate current = get(caller, command.id());
            Versions.check(command.expectedVersion(), current.version(),
                    "Notification template " + command.id().value());
            templates.remove(caller.organizationId(), command.id());
            audit.record(caller, "notification_template.deleted", command.id().value());
        });
    }

    private void checkSyntax(NotificationTemplate template) {
        Validation v = new Validation();
        if (template.subject() != null) {
            v.field("subject", () -> {
                renderer.check(template.subject(), "subject");
                return null;
            });
        }
        v.field("body", () -> {
            renderer.check(template.body(), "body");
            return null;
        });
        v.throwIfInvalid();
    }
}
