package io.soundport.application.notifications;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationId;
import io.soundport.domain.notifications.Notifications;
import io.soundport.domain.notifications.OptOuts;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.shared.DomainException;

import java.time.Instant;
import java.util.Locale;

/**
 * Where every notification starts: a QUEUED notification and its send job, written in the caller's unit of work,
 * so that a notification is queued together with the change that calls for it and sent by the
 * {@link NotificationWorker} after it commits, never inside another transaction. A recipient on the organization's
 * opt-out list is refused. A send job keeps the trace it was queued in.
 */
public final class NotificationQueue {
    public static final String SEND_JOB = "notification.send";

    private final Notifications notifications;
    private final OptOuts optOuts;
    private final Jobs jobs;
    private final IdGenerator ids;
    private final Clock clock;
    private final TraceContext trace;

    public NotificationQueue(Notifications notifications, OptOuts optOuts, Jobs jobs, IdGenerator ids, Clock clock,
                             TraceContext trace) {
        this.notifications = notifications;
        this.optOuts = optOuts;
        this.jobs = jobs;
        this.ids = ids;
        this.clock = clock;
        this.trace = trace;
    }

    /** Queues the text to the recipient; to be called inside a unit of work. */
    public Notification queue(OrganizationId organizationId, Recipient to, Notification.Text text) {
        Instant now = clock.now();
        if (optOuts.contains(organizationId, to)) {
            throw DomainException.conflict("The recipient has opted out of " + to.channel().name()
                    .toLowerCase(Locale.ROOT) + " from this organization", "to");
        }
        Notification notification = Notification.queue(NotificationId.generate(ids), organizationId, to, text, now);
        notifications.add(notification);
        jobs.enqueue(Job.due(notification.id().value(), SEND_JOB, organizationId.value(),
                notification.id().value(), now).inTrace(trace.current()));
        return notification;
    }
}
