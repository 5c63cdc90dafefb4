package io.soundport.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.soundport.adapters.aws.AwsClients;
import io.soundport.adapters.aws.EventBridgeEventPublisher;
import io.soundport.adapters.aws.KmsSecretCipher;
import io.soundport.adapters.aws.SesNotificationSender;
import io.soundport.adapters.aws.SnsNotificationSender;
import io.soundport.adapters.aws.s3.S3BlobStore;
import io.soundport.adapters.local.AesGcmSecretCipher;
import io.soundport.adapters.local.FileBlobStore;
import io.soundport.adapters.local.FileNotificationSender;
import io.soundport.application.platform.EventPublishWorker;
import io.soundport.application.shared.RetrySchedule;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.BlobStore;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.EventBus;
import io.soundport.domain.port.SecretCipher;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.kms.KmsClient;

import java.util.EnumMap;
import java.util.Map;

/**
 * The outbound adapters {@code SOUNDPORT_CLOUD} chooses: local stand-ins by default; on {@code aws}, SES for e-mail,
 * SNS for SMS and push, EventBridge for events, KMS for secrets and S3 for large files, each one only when its
 * setting is given
 * ({@link CloudSettings}). The choice is logged once at start.
 */
@Factory
public class CloudFactory {
    private static final Logger LOG = LoggerFactory.getLogger(CloudFactory.class);

    @Singleton
    CloudSettings cloudSettings(@Nullable @Property(name = "soundport.cloud") String cloud,
                                @Nullable @Property(name = "soundport.aws.region") String region,
                                @Nullable @Property(name = "soundport.aws.endpoint") String endpoint,
                                @Nullable @Property(name = "soundport.aws.ses.from") String sesFrom,
                                @Nullable @Property(name = "soundport.aws.ses.configuration-set") String sesSet,
                                @Nullable @Property(name = "soundport.aws.sns.sender-id") String snsSenderId,
                                @Nullable @Property(name = "soundport.aws.sns.platform-application-arn")
                                String snsPlatformApplication,
                                @Nullable @Property(name = "soundport.aws.eventbridge.bus") String bus,
                                @Nullable @Property(name = "soundport.aws.kms.key-id") String kmsKeyId,
                                @Nullable @Property(name = "soundport.aws.sqs.queue-prefix") String sqsPrefix,
                                @Nullable @Property(name = "soundport.aws.s3.bucket") String s3Bucket) {
        CloudSettings settings = new CloudSettings(CloudSettings.parseCloud(cloud), region,
                CloudSettings.parseEndpoint(endpoint), sesFrom, sesSet, snsSenderId, snsPlatformApplication, bus,
                kmsKeyId, sqsPrefix, s3Bucket);
        LOG.info("Outbound adapters: {}", settings.describe());
        return settings;
    }

    /** The local mailbox ({@code $SOUNDPORT_DATA_DIR/mailbox/}) for every channel that SES or SNS does not send. */
    @Singleton
    NotificationSender notificationSender(CloudSettings cloud,
                                          @Nullable @Property(name = "soundport.data-dir") String dataDir,
                                          Clock clock) {
        NotificationSender local = new FileNotificationSender(DataDirectory.resolve(dataDir).resolve("mailbox"), clock);
        Map<Channel, NotificationSender> routes = new EnumMap<>(Channel.class);
        if (cloud.ses()) {
            SesNotificationSender ses = new SesNotificationSender(AwsClients.ses(cloud.clients()),
                    new SesNotificationSender.Settings(cloud.sesFrom(), cloud.sesConfigurationSet()));
            ses.channels().forEach(channel -> routes.put(channel, ses));
        }
        if (cloud.sns()) {
            SnsNotificationSender sns = new SnsNotificationSender(AwsClients.sns(cloud.clients()),
                    new SnsNotificationSender.Settings(cloud.snsSenderId(), cloud.snsPlatformApplication()));
            sns.channels().forEach(channel -> routes.put(channel, sns));
        }
        return routes.isEmpty() ? local : new ChannelRoutedNotificationSender(routes, local);
    }

    /**
     * The ciphers of each purpose: the local AES-GCM key ({@code SOUNDPORT_SECRETS_KEY}, or one generated into the data
     * directory), or KMS envelope encryption, which still reads what the local key wrote before the move.
     */
    @Singleton
    SecretCiphers secretCiphers(CloudSettings cloud, @Nullable @Property(name = "soundport.secrets.key") String key,
                                @Nullable @Property(name = "soundport.data-dir") String dataDir) {
        SecretCipher local = AesGcmSecretCipher.fromConfig(key, DataDirectory.resolve(dataDir));
        if (!cloud.kms()) {
            return new SecretCiphers(purpose -> local);
        }
        KmsClient kms = AwsClients.kms(cloud.clients());
        KmsSecretCipher.Settings settings = KmsSecretCipher.Settings.of(cloud.kmsKeyId());
        return new SecretCiphers(purpose -> new KmsSecretCipher(kms, settings, purpose, local));
    }

    /**
     * Large files (audio, artwork): in {@code SOUNDPORT_S3_BUCKET} on AWS, else under
     * {@code $SOUNDPORT_DATA_DIR/blobs}.
     */
    @Singleton
    BlobStore blobStore(CloudSettings cloud, @Nullable @Property(name = "soundport.data-dir") String dataDir) {
        if (cloud.s3()) {
            return new S3BlobStore(AwsClients.s3(cloud.clients()), AwsClients.s3Presigner(cloud.clients()),
                    cloud.s3Bucket(), "");
        }
        return new FileBlobStore(DataDirectory.resolve(dataDir).resolve("blobs"));
    }

    /** Publishing to EventBridge when {@code SOUNDPORT_EVENTBRIDGE_BUS} names a bus on AWS; off otherwise. */
    @Singleton
    EventPublishing eventPublishing(CloudSettings cloud, PersistencePorts p, Clock clock,
                                    @Property(name = "soundport.events.retry-schedule", defaultValue = "5s,30s,2m,10m")
                                    String schedule) {
        if (!cloud.eventBridge()) {
            return EventPublishing.OFF;
        }
        EventBus bus = new EventBridgeEventPublisher(AwsClients.eventBridge(cloud.clients()),
                EventBridgeEventPublisher.Settings.of(cloud.eventBus()));
        return new EventPublishing(new EventPublishWorker(p.jobs(), p.outbox(), bus, RetrySchedule.parse(schedule),
                clock));
    }
}
