package io.soundport.adapters.local;

import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender.Result;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingNotificationSenderTest {
    @Test
    void every_notification_is_recorded_in_order_and_accepted_with_its_own_provider_id() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-06-01T10:00:00Z"));
        RecordingNotificationSender sender = new RecordingNotificationSender(now::get);

        Result first = sender.send(Channel.EMAIL, "ops@example.com", "Delivered", "Homogenic reached Streamly");
        now.set(Instant.parse("2025-06-01T10:00:05Z"));
        Result second = sender.send(Channel.SMS, "+15555550100", null, "Delivery failed");

        assertThat(first.accepted()).isTrue();
        assertThat(first.error()).isNull();
        assertThat(second.accepted()).isTrue();
        assertThat(first.providerMessageId()).isNotBlank().isNotEqualTo(second.providerMessageId());
        assertThat(sender.sent()).containsExactly(
                new RecordingNotificationSender.Sent(Channel.EMAIL, "ops@example.com", "Delivered",
                        "Homogenic reached Streamly", Instant.parse("2025-06-01T10:00:00Z"), first.providerMessageId()),
                new RecordingNotificationSender.Sent(Channel.SMS, "+15555550100", null, "Delivery failed",
                        Instant.parse("2025-06-01T10:00:05Z"), second.providerMessageId()));
    }

    @Test
    void the_list_is_a_snapshot_and_clear_forgets() {
        RecordingNotificationSender sender = new RecordingNotificationSender();
        sender.send(Channel.PUSH, "device-1", "Hi", "Body");
        List<RecordingNotificationSender.Sent> snapshot = sender.sent();
        sender.send(Channel.PUSH, "device-1", "Hi", "Body");
        assertThat(snapshot).hasSize(1);
        assertThat(sender.sent()).hasSize(2);
        sender.clear();
        assertThat(sender.sent()).isEmpty();
    }

    @Test
    void the_text_form_of_a_sent_notification_keeps_the_recipient_and_body_out() {
        RecordingNotificationSender sender = new RecordingNotificationSender();
        sender.send(Channel.EMAIL, "secret-person@example.com", "Subject", "reset code 123456");
        String shown = sender.sent().get(0).toString();
        assertThat(shown).contains("EMAIL").doesNotContain("secret-person").doesNotContain("123456");
    }

    @Test
    void concurrent_senders_all_get_recorded_with_distinct_ids() throws InterruptedException {
        RecordingNotificationSender sender = new RecordingNotificationSender();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    sender.send(Channel.EMAIL, "a@example.com", "s", "b");
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(sender.sent()).hasSize(800);
        assertThat(sender.sent().stream().map(RecordingNotificationSender.Sent::providerMessageId).distinct())
                .hasSize(800);
    }
}
