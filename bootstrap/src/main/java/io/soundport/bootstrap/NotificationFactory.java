package io.soundport.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.soundport.adapters.mustache.MustacheTemplateRenderer;
import io.soundport.application.notifications.NotificationQueue;
import io.soundport.application.notifications.NotificationService;
import io.soundport.application.notifications.NotificationTemplateService;
import io.soundport.application.notifications.NotificationWorker;
import io.soundport.application.notifications.OptOutService;
import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.RetrySchedule;
import io.soundport.domain.notifications.NotificationSender;
import io.soundport.domain.notifications.TemplateRenderer;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TraceContext;
import jakarta.inject.Singleton;

/**
 * The notifications: the queue every context writes to, the use cases, the Mustache templates, and the worker that
 * sends through the {@link NotificationSender} ({@code SOUNDPORT_NOTIFICATIONS_RETRY_SCHEDULE}, default
 * {@code 30s,2m,10m,30m,1h}).
 */
@Factory
public class NotificationFactory {

    @Singleton
    NotificationQueue notificationQueue(PersistencePorts p, IdGenerator ids, Clock clock, TraceContext trace) {
        return new NotificationQueue(p.notifications(), p.optOuts(), p.jobs(), ids, clock, trace);
    }

    @Singleton
    TemplateRenderer templateRenderer() {
        return new MustacheTemplateRenderer();
    }

    @Singleton
    NotificationService notificationService(PersistencePorts p, NotificationQueue queue, TemplateRenderer renderer,
                                            AuditRecorder audit) {
        return new NotificationService(p.transactions(), p.notifications(), p.notificationTemplates(), queue,
                renderer, audit);
    }

    @Singleton
    NotificationTemplateService notificationTemplateService(PersistencePorts p, TemplateRenderer renderer,
                                                            IdGenerator ids, Clock clock, AuditRecorder audit) {
        return new NotificationTemplateService(p.transactions(), p.notificationTemplates(), renderer, ids, clock,
                audit);
    }

    @Singleton
    OptOutService optOutService(PersistencePorts p, Clock clock, AuditRecorder audit) {
        return new OptOutService(p.transactions(), p.optOuts(), clock, audit);
    }

    @Singleton
    NotificationWorker notificationWorker(PersistencePorts p, NotificationSender sender, EventRecorder events,
            Clock clock, TraceContext trace,
            @Property(name = "soundport.notifications.retry-schedule")
            String schedule) {
        return new NotificationWorker(p.transactions(), p.notifications(), p.optOuts(), p.jobs(), sender, events,
                new NotificationWorker.Settings(RetrySchedule.parse(schedule), NotificationWorker.DEFAULT_LEASE),
                clock, trace);
    }
}
