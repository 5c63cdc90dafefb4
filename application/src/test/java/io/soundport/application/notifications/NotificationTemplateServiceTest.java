package io.soundport.application.notifications;

import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationTemplate;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationTemplateServiceTest {
    private final Core core = new Core();
    private final NotificationTemplateService templates = core.notificationTemplates();
    private final Caller member = core.member(Role.MEMBER);

    private NotificationTemplate releaseLive() {
        return templates.create(member, CreateNotificationTemplateCommand.of("release-live", "email",
                "{{release.title}} is live", "Hello {{name}}, {{release.title}} is out."));
    }

    @Test
    void a_template_made_here_fills_a_notification_queued_by_its_name() {
        NotificationTemplate created = releaseLive();

        Notification queued = core.notifications().queue(member, QueueNotificationCommand.of("email",
                "ada@example.com", null, null, "release-live",
                Map.of("name", "Ada", "release", Map.of("title", "Night Drive"))));

        assertThat(templates.get(member, created.id())).isEqualTo(created);
        assertThat(created.channel()).isEqualTo(Channel.EMAIL);
        assertThat(queued.subject()).isEqualTo("Night Drive is live");
        assertThat(queued.body()).isEqualTo("Hello Ada, Night Drive is out.");
        assertThat(templates.list(member, PageRequest.first(10)).items()).containsExactly(created);
    }

    @Test
    void a_template_that_does_not_parse_or_does_not_fit_its_channel_is_refused_with_every_field() {
        assertInvalid(() -> templates.create(member, CreateNotificationTemplateCommand.of("broken", "email",
                "{{#open}} never closed", "{{> header}}")), "subject", "body");
        assertInvalid(() -> templates.create(member, CreateNotificationTemplateCommand.of(" ", "sms", "Subject",
                "")), "name", "subject", "body");
        assertInvalid(() -> CreateNotificationTemplateCommand.of("fax", "fax", null, "x"), "channel");
        assertThat(templates.list(member, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void a_name_is_taken_once_in_an_organization() {
        releaseLive();

        assertRejected(() -> releaseLive(), ErrorCode.CONFLICT, "name");
        Caller other = core.member(Role.OWNER);
        assertThat(core.notificationTemplates().create(other, CreateNotificationTemplateCommand.of("release-live",
                "sms", null, "{{title}} is out")).name()).isEqualTo("release-live");
    }

    @Test
    void a_change_keeps_what_it_does_not_name_and_honours_the_version_read() {
        NotificationTemplate created = releaseLive();
        core.clock.advance(Duration.ofMinutes(1));

        NotificationTemplate renamed = templates.update(member, new UpdateNotificationTemplateCommand(created.id(),
                "release-out", null, null, created.version()));

        assertThat(renamed.name()).isEqualTo("release-out");
        assertThat(renamed.subject()).isEqualTo(created.subject());
        assertThat(renamed.body()).isEqualTo(created.body());
        assertThat(renamed.version()).isEqualTo(created.version() + 1);
        assertRejected(() -> templates.update(member, new UpdateNotificationTemplateCommand(created.id(), null,
                null, "Stale {{x}}", created.version())), ErrorCode.PRECONDITION_FAILED);
        assertInvalid(() -> templates.update(member, new UpdateNotificationTemplateCommand(created.id(), null,
                null, "Hello {{name", null)), "body");
        assertThat(templates.get(member, created.id())).isEqualTo(renamed);
    }

    @Test
    void a_deleted_template_fills_nothing_more_and_a_viewer_only_reads() {
        NotificationTemplate created = releaseLive();
        Caller viewer = core.colleague(member, Role.VIEWER);

        assertThat(templates.get(viewer, created.id())).isEqualTo(created);
        assertRejected(() -> templates.delete(viewer, new DeleteCommand<>(created.id(), null)),
                ErrorCode.AUTHORIZATION_ERROR);
        templates.delete(member, new DeleteCommand<>(created.id(), created.version()));

        assertRejected(() -> templates.get(member, created.id()), ErrorCode.NOT_FOUND);
        assertInvalid(() -> core.notifications().queue(member, QueueNotificationCommand.of("email",
                "ada@example.com", null, null, "release-live", Map.of())), "template");
        assertRejected(() -> templates.get(core.member(Role.OWNER), created.id()), ErrorCode.NOT_FOUND);
    }
}
