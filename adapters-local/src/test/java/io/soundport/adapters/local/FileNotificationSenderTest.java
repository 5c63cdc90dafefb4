package io.soundport.adapters.local;

import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FileNotificationSenderTest {
    private static final Instant AT = Instant.parse("2026-12-02T07:15:00.123Z");

    @TempDir
    Path dataDir;

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("mailbox"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void each_message_is_one_file_named_by_time_and_recipient_with_headers_and_body() throws IOException {
        FileNotificationSender sender = new FileNotificationSender(dataDir.resolve("mailbox"), () -> AT);

        Result result = sender.send(Channel.EMAIL, "ada@example.com", "Confirm", "Open https://x/verify/abc\n");

        assertThat(files()).hasSize(1);
        Path file = files().get(0);
        assertThat(file.getFileName().toString()).isEqualTo("20261202T071500.123Z-000001-ada@example.com.eml")
                .isEqualTo(result.providerMessageId() + ".eml");
        assertThat(Files.readString(file)).isEqualTo("""
                Message-Id: <20261202T071500.123Z-000001-ada@example.com@soundport.local>
                Date: Wed, 2 Dec 2026 07:15:00 GMT
                X-Soundport-Channel: EMAIL
                To: ada@example.com
                Subject: Confirm

                Open https://x/verify/abc
                """);
    }

    @Test
    void a_recipient_or_subject_cannot_add_headers_nor_leave_the_mailbox() throws IOException {
        FileNotificationSender sender = new FileNotificationSender(dataDir.resolve("mailbox"), () -> AT);

        sender.send(Channel.EMAIL, "../../etc/passwd\nBcc: evil@example.com", "Hi\r\nX-Evil: 1", "body");

        assertThat(files()).hasSize(1);
        assertThat(files().get(0).getParent()).isEqualTo(dataDir.resolve("mailbox"));
        assertThat(files().get(0).getFileName().toString()).doesNotContain("/").doesNotContain("\n");
        FileNotificationSenderContractTest.MessageFile message = FileNotificationSenderContractTest.read(files().get(0));
        assertThat(message.headers()).doesNotContainKeys("Bcc", "X-Evil");
        assertThat(message.headers().get("Subject")).isEqualTo("Hi X-Evil: 1");
        assertThat(message.body()).isEqualTo("body");
    }

    @Test
    void no_temporary_file_is_left_behind_and_the_mailbox_is_created_on_first_use() throws IOException {
        Path mailbox = dataDir.resolve("nested/mailbox");
        FileNotificationSender sender = new FileNotificationSender(mailbox, () -> AT);

        for (int i = 0; i < 3; i++) {
            sender.send(Channel.SMS, "+15555550100", null, "code " + i);
        }

        try (Stream<Path> files = Files.list(mailbox)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .hasSize(3).allMatch(name -> name.endsWith(".eml") && !name.startsWith("."));
        }
    }

    @Test
    void two_senders_on_one_mailbox_never_overwrite_each_others_messages() throws IOException {
        // two server processes sharing a data directory, or a sender recreated after a restart, in the same millisecond
        FileNotificationSender first = new FileNotificationSender(dataDir.resolve("mailbox"), () -> AT);
        FileNotificationSender second = new FileNotificationSender(dataDir.resolve("mailbox"), () -> AT);

        Result one = first.send(Channel.EMAIL, "ada@example.com", "one", "1");
        Result two = second.send(Channel.EMAIL, "ada@example.com", "two", "2");

        assertThat(one.providerMessageId()).isNotEqualTo(two.providerMessageId());
        assertThat(files()).hasSize(2);
        assertThat(files().stream().map(FileNotificationSenderContractTest::read).map(m -> m.headers().get("Subject")))
                .containsExactlyInAnyOrder("one", "two");
        assertThat(Files.readString(dataDir.resolve("mailbox").resolve(two.providerMessageId() + ".eml")))
                .contains("Message-Id: <" + two.providerMessageId() + "@soundport.local>");
    }

    @Test
    void an_unwritable_mailbox_is_a_refusal_that_does_not_show_the_message() throws IOException {
        Path notADirectory = Files.writeString(dataDir.resolve("mailbox"), "a file where the folder should be");
        FileNotificationSender sender = new FileNotificationSender(notADirectory, () -> AT);

        Result result = sender.send(Channel.EMAIL, "ada@example.com", "Confirm", "token spv_secret");

        assertThat(result.accepted()).isFalse();
        assertThat(result.error()).contains("mailbox").doesNotContain("spv_secret").doesNotContain("ada@");
    }
}
