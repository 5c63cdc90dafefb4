package io.soundport.application.notifications;

import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationStatus;
import io.soundport.domain.notifications.NotificationTemplate;
import io.soundport.domain.notifications.NotificationTemplateId;
import io.soundport.domain.notifications.OptOut;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.platform.AuditFilter;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationServiceTest {
    private final Core core = new Core();
    private final NotificationService service = core.notifications();
    private final Caller member = core.member(Role.MEMBER);

    private NotificationTemplate template(Caller caller, String name, Channel channel, String subject, String body) {
        NotificationTemplate template = NotificationTemplate.create(NotificationTemplateId.generate(core.ids),
                caller.organizationId(), name, channel, new Notification.Text(subject, body, null), core.clock.now());
        core.store.notificationTemplates().add(template);
        return template;
    }

    @Test
    void a_notification_is_queued_with_its_send_job_and_an_audit_entry() {
        Notification queued = service.queue(member, QueueNotificationCommand.of("email", "Ada@Example.com",
                "Your release is live", "Kind of Blue is on every store.", null, null));

        assertThat(queued.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(queued.recipient()).isEqualTo(Recipient.of(Channel.EMAIL, "ada@example.com", "to"));
        assertThat(service.get(member, queued.id())).isEqualTo(queued);
        assertThat(core.store.jobs().find(queued.id().value())).get()
                .extracting(Job::type, Job::subjectId).containsExactly(NotificationQueue.SEND_JOB, queued.id().value());
        assertThat(core.store.auditLog().list(new AuditFilter(member.organizationId(), null, null,
                queued.id().value(), "notification.queued", null, null), PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void a_template_named_by_name_or_by_id_is_filled_from_the_data() {
        NotificationTemplate live = template(member, "release-live", Channel.EMAIL, "{{release.title}} is live",
                "Hello {{name}},\n{{#tracks}}- {{.}}\n{{/tracks}}");
        Map<String, Object> data = Map.of("name", "Ada", "release", Map.of("title", "Kind of Blue"),
                "tracks", List.of("So What", "Blue in Green"));

        Notification byName = service.queue(member, QueueNotificationCommand.of("email", "ada@example.com", null,
                null, "release-live", data));
        Notification byId = service.queue(member, QueueNotificationCommand.of("email", "ada@example.com", null, null,
                live.id().value(), data));

        assertThat(byName.subject()).isEqualTo("Kind of Blue is live");
        assertThat(byName.body()).isEqualTo("Hello Ada,\n- So What\n- Blue in Green");
        assertThat(byName.templateId()).isEqualTo(live.id());
        assertThat(byId.body()).isEqualTo(byName.body());
    }

    @Test
    void a_template_of_another_channel_or_organization_or_none_at_all_is_refused_and_nothing_is_queued() {
        template(member, "sms-code", Channel.SMS, null, "{{code}} is your code");
        Caller stranger = core.member(Role.OWNER);
        template(stranger, "theirs", Channel.EMAIL, "Theirs", "Not yours");

        assertInvalid(() -> service.queue(member, QueueNotificationCommand.of("email", "ada@example.com", null, null,
                "sms-code", Map.of("code", "1234"))), "template");
        assertInvalid(() -> service.queue(member, QueueNotificationCommand.of("email", "ada@example.com", null, null,
                "theirs", null)), "template");
        assertInvalid(() -> service.queue(member, QueueNotificationCommand.of("email", "ada@example.com", null, null,
                "ntt_01HZX0000000000000000000X9", null)), "template");
        assertThat(service.list(member, ListNotificationsQuery.of(null, null, null, null)).items()).isEmpty();
    }

    @Test
    void a_template_that_fills_into_an_invalid_message_is_refused_under_the_field_it_fills() {
        template(member, "long-sms", Channel.SMS, null, "{{text}}");

        assertInvalid(() -> service.queue(member, QueueNotificationCommand.of("sms", "+15555550100", null, null,
                "long-sms", Map.of("text", "x".repeat(Notification.MAX_SMS_BODY_LENGTH + 1)))), "body");
    }

    @Test
    void every_invalid_field_of_a_request_is_reported_at_once() {
        assertInvalid(() -> QueueNotificationCommand.of("fax", "ada@example.com", null, "Hello", null, null),
                "channel");
        assertInvalid(() -> QueueNotificationCommand.of("sms", "ada@example.com", null, "Hello", "t",
                Map.of("x", 1)), "to", "template");
        assertInvalid(() -> QueueNotificationCommand.of("email", "ada@example.com", "Hi", "Hello", null,
                Map.of("name", "Ada")), "data");
        assertInvalid(() -> service.queue(member, QueueNotificationCommand.of("email", "ada@example.com", " ", "",
                null, null)), "subject", "body");
    }

    @Test
    void a_recipient_who_opted_out_is_refused_on_that_channel_only() {
        core.store.optOuts().add(new OptOut(member.organizationId(),
                Recipient.of(Channel.EMAIL, "gone@example.com", "to"), core.clock.now()));

        assertRejected(() -> service.queue(member, QueueNotificationCommand.of("email", "GONE@example.com", "Hi",
                "Hello", null, null)), ErrorCode.CONFLICT);
        Caller other = core.member(Role.MEMBER);
        assertThat(service.queue(other, QueueNotificationCommand.of("email", "gone@example.com", "Hi", "Hello", null,
                null)).status()).isEqualTo(NotificationStatus.QUEUED);
    }

    @Test
    void a_viewer_reads_but_does_not_queue_and_nobody_reads_another_organizations_notifications() {
        Notification queued = service.queue(member, QueueNotificationCommand.of("push", "a".repeat(64), "Out now",
                "Kind of Blue", null, null));
        Caller viewer = core.colleague(member, Role.VIEWER);

        assertThat(service.get(viewer, queued.id())).isEqualTo(queued);
        assertRejected(() -> service.queue(viewer, QueueNotificationCommand.of("push", "a".repeat(64), "x", "y",
                null, null)), ErrorCode.AUTHORIZATION_ERROR);
        assertRejected(() -> service.get(core.member(Role.OWNER), queued.id()), ErrorCode.NOT_FOUND);
    }

    @Test
    void the_list_filters_by_status_and_channel() {
        Notification mail = service.queue(member, QueueNotificationCommand.of("email", "a@example.com", "A", "a",
                null, null));
        Notification sms = service.queue(member, QueueNotificationCommand.of("sms", "+15555550100", null, "b",
                null, null));

        assertThat(service.list(member, ListNotificationsQuery.of(null, null, null, null)).items())
                .containsExactly(sms, mail);
        assertThat(service.list(member, ListNotificationsQuery.of("queued", "SMS", null, null)).items())
                .containsExactly(sms);
        assertThat(service.list(member, ListNotificationsQuery.of("sent", null, null, null)).items()).isEmpty();
        assertInvalid(() -> ListNotificationsQuery.of("lost", "fax", null, null), "status", "channel");
    }
}
