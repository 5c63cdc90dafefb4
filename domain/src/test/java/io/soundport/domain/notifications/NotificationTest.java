package io.soundport.domain.notifications;

import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.soundport.domain.testing.DomainFixtures.ORG;
import static io.soundport.domain.testing.DomainFixtures.T0;
import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static io.soundport.domain.testing.DomainFixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationTest {
    private static final NotificationId ID = NotificationId.of("ntf_01HZX0000000000000000000N1");
    private static final Recipient ADA = Recipient.of(Channel.EMAIL, "ada@example.com", "to");
    private static final Recipient PHONE = Recipient.of(Channel.SMS, "+15555550100", "to");

    private static Notification mail(String subject, String body) {
        return Notification.queue(ID, ORG, ADA, new Notification.Text(subject, body, null), T0);
    }

    @Test
    void a_new_notification_is_queued_with_its_text_trimmed() {
        Notification n = mail("  Your release is live ", "It is on every store now.\nThank you.");

        assertThat(n.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(n.subject()).isEqualTo("Your release is live");
        assertThat(n.body()).isEqualTo("It is on every store now.\nThank you.");
        assertThat(n.attempts()).isZero();
        assertThat(n.createdAt()).isEqualTo(T0);
        assertThat(n.version()).isEqualTo(1);
    }

    @Test
    void an_email_needs_a_subject_and_an_sms_has_none_and_every_error_is_reported_at_once() {
        assertInvalid(() -> mail(" ", ""), "subject", "body");
        assertInvalid(() -> Notification.queue(ID, ORG, PHONE, new Notification.Text("Hi", "Hello", null), T0),
                "subject");
        assertThat(Notification.queue(ID, ORG, PHONE, new Notification.Text(null, "Hello", null), T0).subject())
                .isNull();
    }

    @Test
    void a_body_longer_than_the_channel_takes_is_refused() {
        assertInvalid(() -> Notification.queue(ID, ORG, PHONE,
                new Notification.Text(null, "x".repeat(Notification.MAX_SMS_BODY_LENGTH + 1), null), T0), "body");
        assertThat(mail("Long", "x".repeat(Notification.MAX_SMS_BODY_LENGTH + 1)).body())
                .hasSize(Notification.MAX_SMS_BODY_LENGTH + 1);
        assertInvalid(() -> mail("Null byte", "a\u0000b"), "body");
    }

    @Test
    void an_accepted_notification_is_sent_with_the_providers_message_id() {
        Notification sent = mail("Hi", "Hello").sent("ses-0100", T0.plusSeconds(2));

        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.providerMessageId()).isEqualTo("ses-0100");
        assertThat(sent.sentAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.failureReason()).isNull();
    }

    @Test
    void a_failed_attempt_stays_queued_until_the_last_which_fails_it_with_its_reason() {
        Notification once = mail("Hi", "Hello").attemptFailed("Throttling: rate exceeded", false, T0.plusSeconds(1));
        assertThat(once.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(once.attempts()).isEqualTo(1);
        assertThat(once.failureReason()).isEqualTo("Throttling: rate exceeded");

        Notification failed = once.attemptFailed("x".repeat(900), true, T0.plus(Duration.ofMinutes(5)));
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.failureReason()).hasSize(Notification.MAX_FAILURE_REASON_LENGTH);
        assertThat(failed.sentAt()).isNull();
    }

    @Test
    void a_finished_notification_is_not_sent_or_failed_again() {
        Notification sent = mail("Hi", "Hello").sent("ses-1", T0);
        Notification failed = mail("Hi", "Hello").attemptFailed(null, true, T0);

        assertThat(failed.failureReason()).isEqualTo("unknown error");
        assertRejected(() -> sent.sent("ses-2", T0), ErrorCode.CONFLICT);
        assertRejected(() -> sent.attemptFailed("late", true, T0), ErrorCode.CONFLICT);
        assertRejected(() -> failed.sent("ses-3", T0), ErrorCode.CONFLICT);
    }

    @Test
    void a_filter_matches_by_status_and_channel() {
        Notification queued = mail("Hi", "Hello");

        assertThat(NotificationFilter.ALL.matches(queued)).isTrue();
        assertThat(new NotificationFilter(NotificationStatus.QUEUED, Channel.EMAIL).matches(queued)).isTrue();
        assertThat(new NotificationFilter(NotificationStatus.SENT, null).matches(queued)).isFalse();
        assertThat(new NotificationFilter(null, Channel.SMS).matches(queued)).isFalse();
    }
}
