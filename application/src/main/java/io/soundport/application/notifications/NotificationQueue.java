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
import java.util.Optional;

/**
 * Where every notification starts: a QUEUED notification and its send job, written in the caller's unit of work,
 * so that a notification is queued together with the change that calls for it and sent by the
 * {@link NotificationWorker} after it commits, never inside another transaction. What becomes of a recipient on the
 * organization's opt-out list depends on who sends (refused, skipped, or sent when they asked for it themselves). A
 * send job keeps the trace it was queued in.
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

    /**
     * Queues the text to the recipient; to be called inside a unit of work. A recipient on the opt-out list is
     * refused with CONFLICT: this is for a caller who chose the recipient and must hear about it.
     */
    public Notification queue(OrganizationId organizationId, Recipient to, Notification.Text text) {
        if (optOuts.contains(organizationId, to)) {
            throw DomainException.conflict("The recipient has opted out of " + to.channel().name()
                    .toLowerCase(Locale.ROOT) + " from this organization", "to");
        }
        return enqueue(organizationId, to, text);
    }

    /**
     * Queues the text unless the recipient is on the opt-out list, in which case nothing is queued: for what the
     * platform sends on its own (a workflow rule's {@code notify}, an invitation).
     */
    public Optional<Notification> queueUnlessOptedOut(OrganizationId organizationId, Recipient to,
                                                      Notification.Text text) {
        return optOuts.contains(organizationId, to) ? Optional.empty()
                : Optional.of(enqueue(organizationId, to, text));
    }

    /**
     * Queues a message the recipient asked for themselves (the link that verifies their address): the opt-out list
     * does not apply, since it would lock them out of their own account.
     */
    public Notification queueRequested(OrganizationId organizationId, Recipient to, Notification.Text text) {
        return enqueue(organizationId, to, text);
    }

    private Notification enqueue(OrganizationId organizationId, Recipient to, Notification.Text text) {
        Instant now = clock.now();
        Notification notification = Notification.queue(NotificationId.generate(ids), organizationId, to, text, now);
        notifications.add(notification);
        jobs.enqueue(Job.due(notification.id().value(), SEND_JOB, organizationId.value(),
                notification.id().value(), now).inTrace(trace.current()));
        return notification;
    }
}
