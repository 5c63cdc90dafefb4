package io.soundport.application.notifications;

import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationStatus;
import io.soundport.domain.notifications.OptOut;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.platform.AuditFilter;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class OptOutServiceTest {
    private final Core core = new Core();
    private final OptOutService service = core.optOuts();
    private final Caller member = core.member(Role.MEMBER);

    @Test
    void a_recipient_is_added_once_in_normal_form_and_listed_by_channel() {
        OptOutService.Added first = service.add(member, OptOutCommand.of("email", " Ada@Example.COM "));
        core.clock.advance(Duration.ofMinutes(1));
        OptOutService.Added again = service.add(member, OptOutCommand.of("EMAIL", "ada@example.com"));
        service.add(member, OptOutCommand.of("sms", "+44 (20) 7946-0958"));

        assertThat(first.created()).isTrue();
        assertThat(first.optOut().recipient()).isEqualTo(Recipient.of(Channel.EMAIL, "ada@example.com", "to"));
        assertThat(again.created()).isFalse();
        assertThat(again.optOut()).as("the first opt-out, with its time").isEqualTo(first.optOut());
        assertThat(service.list(member, ListOptOutsQuery.of("sms", null, null)).items())
                .extracting(o -> o.recipient().address()).containsExactly("+442079460958");
        assertThat(service.list(member, ListOptOutsQuery.of(null, null, null)).items()).hasSize(2);
        assertThat(core.store.auditLog().list(new AuditFilter(member.organizationId(), null, null, null,
                "notification_opt_out.added", null, null), PageRequest.first(10)).items())
                .as("one entry per change, the address masked").hasSize(2)
                .allSatisfy(e -> assertThat(e.resourceId()).doesNotContain("ada@").doesNotContain("7946"));
    }

    @Test
    void a_recipient_is_removed_once_and_then_not_found() {
        service.add(member, OptOutCommand.of("push", "d".repeat(64)));

        service.remove(member, OptOutCommand.of("push", "d".repeat(64)));

        assertThat(service.list(member, ListOptOutsQuery.of(null, null, null)).items()).isEmpty();
        assertRejected(() -> service.remove(member, OptOutCommand.of("push", "d".repeat(64))), ErrorCode.NOT_FOUND);
    }

    @Test
    void bad_input_names_every_field_and_a_viewer_may_only_read() {
        assertInvalid(() -> OptOutCommand.of("fax", "x"), "channel");
        assertInvalid(() -> OptOutCommand.of("sms", "0207 946 0958"), "to");
        assertInvalid(() -> ListOptOutsQuery.of("carrier-pigeon", 0, null), "channel", "limit");

        Caller viewer = core.member(Role.VIEWER);
        assertRejected(() -> service.add(viewer, OptOutCommand.of("email", "ada@example.com")), ErrorCode.AUTHORIZATION_ERROR);
        assertThat(service.list(viewer, ListOptOutsQuery.of(null, null, null)).items()).isEmpty();
    }

    @Test
    void a_notification_queued_before_its_recipient_opted_out_is_failed_unsent() {
        Notification queued = core.notifications().queue(member, QueueNotificationCommand.of("email",
                "ada@example.com", "Out now", "Kind of Blue is out.", null, null));
        service.add(member, OptOutCommand.of("email", "ada@example.com"));
        int[] sends = {0};
        NotificationWorker worker = core.notificationWorker((channel, to, subject, body) -> {
            sends[0]++;
            return io.soundport.domain.notifications.NotificationSender.Result.accepted("never");
        });

        worker.runOnce("worker-1", 10);

        Notification failed = core.store.notifications().find(member.organizationId(), queued.id()).orElseThrow();
        assertThat(sends[0]).isZero();
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.failureReason()).contains("opted out");
        assertThat(core.store.optOuts().find(member.organizationId(), queued.recipient()))
                .map(OptOut::organizationId).contains(member.organizationId());
    }
}
