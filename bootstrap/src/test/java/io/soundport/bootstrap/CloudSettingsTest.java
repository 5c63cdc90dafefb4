package io.soundport.bootstrap;

import io.soundport.adapters.local.RecordingNotificationSender;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudSettingsTest {

    private static CloudSettings aws(String sesFrom, String snsSenderId, String bus, String kmsKey) {
        return new CloudSettings(true, "eu-west-1", null, sesFrom, null, snsSenderId, null, bus, kmsKey, null, null);
    }

    @Test
    void on_aws_each_adapter_is_on_only_with_its_setting_and_the_log_line_says_which_stayed_local() {
        CloudSettings mixed = aws("no-reply@example.com", " ", null, "alias/soundport");

        assertThat(mixed.ses()).isTrue();
        assertThat(mixed.sns()).as("a blank setting is unset").isFalse();
        assertThat(mixed.eventBridge()).isFalse();
        assertThat(mixed.kms()).isTrue();
        assertThat(mixed.describe()).contains("cloud aws (eu-west-1)", "e-mail SES",
                "SMS and push local (SOUNDPORT_SNS_SENDER_ID unset)", "no event bus (SOUNDPORT_EVENTBRIDGE_BUS unset)",
                "secrets under KMS", "background jobs in the database (SOUNDPORT_SQS_QUEUE_PREFIX unset)");
        assertThat(new CloudSettings(true, "eu-west-1", null, null, null, null, null, null, null, "soundport-", null)
                .describe()).contains("background jobs on SQS queues soundport-*",
                        "files in the data directory (SOUNDPORT_S3_BUCKET unset)");
        CloudSettings s3 = new CloudSettings(true, "eu-west-1", null, null, null, null, null, null, null, null,
                " media-bucket ");
        assertThat(s3.s3()).isTrue();
        assertThat(s3.describe()).contains("files in S3 bucket media-bucket");
    }

    @Test
    void local_ignores_the_aws_settings_and_aws_without_a_region_or_another_cloud_is_refused_at_start() {
        CloudSettings local = new CloudSettings(false, null, null, "no-reply@example.com", null, "Soundport", null,
                "bus", "key", "soundport-", null);

        assertThat(local.ses() || local.sns() || local.eventBridge() || local.kms() || local.sqs() || local.s3())
                .isFalse();
        assertThat(local.describe()).startsWith("cloud local");
        assertThatThrownBy(() -> new CloudSettings(true, " ", null, null, null, null, null, null, null, null, null))
                .hasMessageContaining("AWS_REGION");
        assertThat(CloudSettings.parseCloud(" AWS ")).isTrue();
        assertThat(CloudSettings.parseCloud(null)).isFalse();
        assertThatThrownBy(() -> CloudSettings.parseCloud("gcp")).hasMessageContaining("local or aws");
        assertThatThrownBy(() -> CloudSettings.parseEndpoint("localhost:4566")).hasMessageContaining("URL");
        assertThat(CloudSettings.parseEndpoint("http://localhost:4566")).isEqualTo(URI.create("http://localhost:4566"));
    }

    @Test
    void each_channel_goes_to_its_own_sender_and_the_others_to_the_fallback() {
        RecordingNotificationSender email = new RecordingNotificationSender();
        RecordingNotificationSender local = new RecordingNotificationSender();
        NotificationSender routed = new ChannelRoutedNotificationSender(Map.of(Channel.EMAIL, email), local);

        routed.send(Channel.EMAIL, "ada@example.com", "Hi", "e-mail");
        routed.send(Channel.SMS, "+15555550100", null, "sms");

        assertThat(email.sent()).extracting(RecordingNotificationSender.Sent::body).containsExactly("e-mail");
        assertThat(local.sent()).extracting(RecordingNotificationSender.Sent::body).containsExactly("sms");
    }
}
