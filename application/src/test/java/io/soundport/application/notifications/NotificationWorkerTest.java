package io.soundport.application.notifications;

import io.soundport.adapters.local.RecordingNotificationSender;
import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationSender;
import io.soundport.domain.notifications.NotificationStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationWorkerTest {
    private static final String OWNER = "worker-1";
    private final Core core = new Core();
    private final Caller member = core.member(Role.MEMBER);

    /** Answers from a script of outcomes (accepted when it is empty) and counts the sends. */
    private static final class ScriptedSender implements NotificationSender {
        final Deque<Supplier<Result>> script = new ArrayDeque<>();
        int sends;

        @Override
        public Result send(Channel channel, String to, String subject, String body) {
            sends++;
            Supplier<Result> next = script.poll();
            return next == null ? Result.accepted("msg-" + sends) : next.get();
        }
    }

    private Notification queue() {
        return core.notifications().queue(member, QueueNotificationCommand.of("email", "ada@example.com",
                "Out now", "Kind of Blue is out.", null, null));
    }

    private Notification stored(Notification n) {
        return core.notifications().get(member, n.id());
    }

    @Test
    void a_queued_notification_is_sent_once_and_marked_sent_with_the_providers_id() {
        RecordingNotificationSender mailbox = new RecordingNotificationSender(core.clock);
        NotificationWorker worker = core.notificationWorker(mailbox);
        Notification queued = queue();

        assertThat(worker.runOnce(OWNER, 10)).isEqualTo(1);
        assertThat(worker.runOnce(OWNER, 10)).isZero();

        Notification sent = stored(queued);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(mailbox.sent()).singleElement().satisfies(s -> {
            assertThat(s.to()).isEqualTo("ada@example.com");
            assertThat(s.subject()).isEqualTo("Out now");
            assertThat(s.body()).isEqualTo("Kind of Blue is out.");
            assertThat(s.providerMessageId()).isEqualTo(sent.providerMessageId());
        });
        assertThat(core.store.jobs().find(queued.id().value())).isEmpty();
        assertThat(core.pendingEvents("notification.failed", member.organizationId())).isEmpty();
    }

    @Test
    void a_refused_or_failed_send_is_tried_again_after_the_delay_and_then_succeeds() {
        ScriptedSender sender = new ScriptedSender();
        sender.script.add(() -> NotificationSender.Result.failed("Throttling: Maximum sending rate exceeded"));
        sender.script.add(() -> {
            throw new IllegalStateException("connection reset");
        });
        NotificationWorker worker = core.notificationWorker(sender);
        Notification queued = queue();

        worker.runOnce(OWNER, 10);
        assertThat(stored(queued).status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(stored(queued).failureReason()).contains("Throttling");
        assertThat(worker.runOnce(OWNER, 10)).as("not due before its delay").isZero();

        core.clock.advance(Duration.ofSeconds(40));
        worker.runOnce(OWNER, 10);
        assertThat(stored(queued).failureReason()).contains("connection reset");
        assertThat(stored(queued).attempts()).isEqualTo(2);

        core.clock.advance(Duration.ofMinutes(3));
        worker.runOnce(OWNER, 10);
        Notification sent = stored(queued);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sender.sends).isEqualTo(3);
    }

    @Test
    void a_notification_whose_every_attempt_fails_is_failed_with_the_last_reason_and_sent_no_more() {
        ScriptedSender sender = new ScriptedSender();
        for (int i = 0; i < 10; i++) {
            int attempt = i + 1;
            sender.script.add(() -> NotificationSender.Result.failed("refused " + attempt));
        }
        NotificationWorker worker = core.notificationWorker(sender);
        Notification queued = queue();

        for (int i = 0; i < 10; i++) {
            worker.runOnce(OWNER, 10);
            core.clock.advance(Duration.ofHours(2));
        }

        Notification failed = stored(queued);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(NotificationWorker.DEFAULT_SCHEDULE.attempts());
        assertThat(failed.failureReason()).isEqualTo("refused " + NotificationWorker.DEFAULT_SCHEDULE.attempts());
        assertThat(sender.sends).isEqualTo(NotificationWorker.DEFAULT_SCHEDULE.attempts());
        assertThat(core.store.jobs().find(queued.id().value())).isEmpty();
        assertThat(core.pendingEvents("notification.failed", member.organizationId())).singleElement()
                .satisfies(e -> {
                    assertThat(e.data()).containsEntry("id", queued.id().value())
                            .containsEntry("status", "FAILED")
                            .containsEntry("failure_reason", failed.failureReason());
                });
    }

    @Test
    void a_permanent_refusal_fails_the_notification_at_once_without_another_attempt() {
        ScriptedSender sender = new ScriptedSender();
        sender.script.add(() -> NotificationSender.Result.refused("MessageRejected: Email address is not verified"));
        NotificationWorker worker = core.notificationWorker(sender);
        Notification queued = queue();

        worker.runOnce(OWNER, 10);
        core.clock.advance(Duration.ofHours(2));
        worker.runOnce(OWNER, 10);

        Notification failed = stored(queued);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.failureReason()).contains("not verified");
        assertThat(sender.sends).isEqualTo(1);
        assertThat(core.store.jobs().find(queued.id().value())).isEmpty();
        assertThat(core.pendingEvents("notification.failed", member.organizationId())).hasSize(1);
    }

    @Test
    void a_job_whose_notification_is_already_finished_is_dropped_without_a_send() {
        ScriptedSender sender = new ScriptedSender();
        NotificationWorker worker = core.notificationWorker(sender);
        Notification queued = queue();
        core.store.transactions().run(() -> core.store.notifications().update(queued.sent("earlier", core.clock.now())));

        assertThat(worker.runOnce(OWNER, 10)).isEqualTo(1);

        assertThat(sender.sends).isZero();
        assertThat(core.store.jobs().find(queued.id().value())).isEmpty();
        assertThat(stored(queued).providerMessageId()).isEqualTo("earlier");
    }

    @Test
    void jobs_claimed_elsewhere_are_worked_like_those_it_claims() {
        RecordingNotificationSender mailbox = new RecordingNotificationSender(core.clock);
        NotificationWorker worker = core.notificationWorker(mailbox);
        Notification queued = queue();
        List<Job> claimed = core.store.jobs().claim(OWNER, Set.of(worker.type()), core.clock.now(),
                NotificationWorker.DEFAULT_LEASE, 10);

        assertThat(worker.work(OWNER, claimed)).isEqualTo(1);

        assertThat(stored(queued).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(mailbox.sent()).singleElement().satisfies(s -> assertThat(s.to()).isEqualTo("ada@example.com"));
        assertThat(core.store.jobs().find(queued.id().value())).isEmpty();
    }

    @Test
    void an_abandoned_job_fails_its_queued_notification_with_the_reason_and_raises_notification_failed() {
        ScriptedSender sender = new ScriptedSender();
        NotificationWorker worker = core.notificationWorker(sender);
        Notification queued = queue();
        Job job = core.store.jobs().find(queued.id().value()).orElseThrow();

        core.store.transactions().run(() -> worker.abandon(job, "its worker died on it 5 times"));

        Notification failed = stored(queued);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("its worker died on it 5 times");
        assertThat(sender.sends).isZero();
        assertThat(core.store.jobs().find(job.id())).as("the queue's to drop, not the worker's").contains(job);
        assertThat(core.pendingEvents("notification.failed", member.organizationId())).singleElement()
                .satisfies(e -> assertThat(e.data()).containsEntry("id", queued.id().value())
                        .containsEntry("status", "FAILED")
                        .containsEntry("failure_reason", "its worker died on it 5 times"));
    }

    @Test
    void an_abandoned_job_leaves_a_notification_already_sent_alone() {
        NotificationWorker worker = core.notificationWorker(new ScriptedSender());
        Notification queued = queue();
        Job job = core.store.jobs().find(queued.id().value()).orElseThrow();
        core.store.transactions().run(() -> core.store.notifications().update(queued.sent("earlier", core.clock.now())));

        core.store.transactions().run(() -> worker.abandon(job, "its worker died on it 5 times"));

        assertThat(stored(queued).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(stored(queued).failureReason()).isNull();
        assertThat(core.pendingEvents("notification.failed", member.organizationId())).isEmpty();
    }
}
