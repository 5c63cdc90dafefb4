package io.soundport.application.notifications;

import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.JobHandler;
import io.soundport.application.shared.RetrySchedule;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationId;
import io.soundport.domain.notifications.NotificationSender;
import io.soundport.domain.notifications.NotificationStatus;
import io.soundport.domain.notifications.Notifications;
import io.soundport.domain.notifications.OptOuts;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.port.TransactionRunner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends queued notifications: claims send jobs under a lease, hands each notification to the
 * {@link NotificationSender} of its channel outside any unit of work, then records the outcome: SENT with the
 * provider's message id, or a failed attempt, tried again after the schedule's next delay and FAILED with its
 * reason once the delays have run out, or at once when the provider refused it for good, which raises
 * {@code notification.failed}. A recipient who opted out after the notification was queued is sent nothing: it fails
 * with that reason (the opt-outs older than it were the queue's to rule on). A provider that throws counts as a failed attempt. Each job runs in the
 * trace that queued it. At least once: a worker that dies between the send and the record leaves the job to be
 * claimed again when its lease runs out; one its queue gave up on fails with the queue's reason.
 */
public final class NotificationWorker implements JobHandler {
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);
    public static final RetrySchedule DEFAULT_SCHEDULE = RetrySchedule.parse("30s,2m,10m,30m,1h");

    private final TransactionRunner tx;
    private final Notifications notifications;
    private final OptOuts optOuts;
    private final Jobs jobs;
    private final NotificationSender sender;
    private final EventRecorder events;
    private final RetrySchedule schedule;
    private final Duration lease;
    private final Clock clock;
    private final TraceContext trace;

    public NotificationWorker(TransactionRunner tx, Notifications notifications, OptOuts optOuts, Jobs jobs,
                              NotificationSender sender, EventRecorder events, Settings settings, Clock clock,
                              TraceContext trace) {
        this.tx = tx;
        this.notifications = notifications;
        this.optOuts = optOuts;
        this.jobs = jobs;
        this.sender = sender;
        this.events = events;
        this.schedule = settings.schedule();
        this.lease = settings.lease();
        this.clock = clock;
        this.trace = trace;
    }

    /** The delays between attempts and the lease of a claimed job. */
    public record Settings(RetrySchedule schedule, Duration lease) {
        public static final Settings DEFAULT = new Settings(DEFAULT_SCHEDULE, DEFAULT_LEASE);
    }

    /** Claims up to {@code batch} due send jobs for {@code owner} and works them; returns how many. */
    public int runOnce(String owner, int batch) {
        return work(owner, jobs.claim(owner, Set.of(NotificationQueue.SEND_JOB), clock.now(), lease, batch));
    }

    @Override
    public String type() {
        return NotificationQueue.SEND_JOB;
    }

    @Override
    public int work(String owner, List<Job> claimed) {
        for (Job job : claimed) {
            trace.run(job.traceParent(), "notify " + job.subjectId(), () -> send(owner, job));
        }
        return claimed.size();
    }

    /** A notification still QUEUED fails for good with the reason, as a permanent refusal would fail it. */
    @Override
    public void abandon(Job job, String reason) {
        trace.run(job.traceParent(), "abandon notify " + job.subjectId(), () -> notifications
                .find(OrganizationId.of(job.organizationId()), NotificationId.of(job.subjectId()))
                .filter(notification -> notification.status() == NotificationStatus.QUEUED)
                .ifPresent(notification -> failForGood(notification, reason, clock.now())));
    }

    private void send(String owner, Job job) {
        Optional<Notification> found = notifications.find(OrganizationId.of(job.organizationId()),
                NotificationId.of(job.subjectId()));
        if (found.isEmpty() || found.get().status() != NotificationStatus.QUEUED) {
            jobs.complete(job.id(), owner);
            return;
        }
        Notification notification = found.get();
        NotificationSender.Result result = optedOutSinceQueued(notification)
                ? NotificationSender.Result.refused("the recipient opted out before it was sent")
                : attempt(notification);
        tx.run(() -> record(owner, job, notification, result));
    }

    /** Whether the recipient opted out after it was queued: the queue ruled on the opt-outs older than it. */
    private boolean optedOutSinceQueued(Notification n) {
        return optOuts.find(n.organizationId(), n.recipient())
                .filter(optOut -> !optOut.createdAt().isBefore(n.createdAt())).isPresent();
    }

    private NotificationSender.Result attempt(Notification n) {
        try {
            return sender.send(n.recipient().channel(), n.recipient().address(), n.subject(), n.body());
        } catch (RuntimeException e) {
            return NotificationSender.Result.failed("the provider could not be reached: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private void record(String owner, Job job, Notification notification, NotificationSender.Result result) {
        Instant now = clock.now();
        if (result.accepted()) {
            notifications.update(notification.sent(result.providerMessageId(), now));
            jobs.complete(job.id(), owner);
            return;
        }
        Duration delay = result.permanent() ? null : schedule.after(notification.attempts() + 1);
        if (delay == null) {
            jobs.complete(job.id(), owner);
            failForGood(notification, result.error(), now);
        } else {
            notifications.update(notification.attemptFailed(result.error(), false, now));
            jobs.reschedule(job.id(), owner, now.plus(delay));
        }
    }

    /** Its last attempt failed: FAILED with the reason, which raises {@code notification.failed}. */
    private void failForGood(Notification notification, String reason, Instant now) {
        Notification failed = notifications.update(notification.attemptFailed(reason, true, now));
        events.record(failed.failed(events.meta(failed.organizationId(), now, 0)));
    }
}
