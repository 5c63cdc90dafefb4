package io.soundport.domain.notifications;

import org.junit.jupiter.api.Test;

import static io.soundport.domain.testing.DomainFixtures.ORG;
import static io.soundport.domain.testing.DomainFixtures.T0;
import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationTemplateTest {
    private static final NotificationTemplateId ID = NotificationTemplateId.of("ntt_01HZX0000000000000000000T1");

    @Test
    void a_template_keeps_its_channel_when_its_name_and_text_change() {
        NotificationTemplate created = NotificationTemplate.create(ID, ORG, " release-live ", Channel.EMAIL,
                new Notification.Text("{{release.title}} is live", "Hello {{name}}", null), T0);
        NotificationTemplate changed = created.change("release-out",
                new Notification.Text("Out now", "{{release.title}} is out", null), T0.plusSeconds(60));

        assertThat(created.name()).isEqualTo("release-live");
        assertThat(changed.channel()).isEqualTo(Channel.EMAIL);
        assertThat(changed.name()).isEqualTo("release-out");
        assertThat(changed.subject()).isEqualTo("Out now");
        assertThat(changed.createdAt()).isEqualTo(T0);
        assertThat(changed.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(changed.version()).isEqualTo(created.version());
    }

    @Test
    void a_template_is_checked_as_the_notifications_it_makes_would_be() {
        assertInvalid(() -> NotificationTemplate.create(ID, ORG, "", Channel.EMAIL,
                new Notification.Text(null, " ", null), T0), "name", "subject", "body");
        assertInvalid(() -> NotificationTemplate.create(ID, ORG, "sms", Channel.SMS,
                new Notification.Text("Subject", "Body", null), T0), "subject");
    }
}
