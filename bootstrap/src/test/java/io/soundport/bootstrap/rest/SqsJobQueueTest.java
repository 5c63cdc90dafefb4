package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.soundport.bootstrap.WebhookReceiver;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background jobs on SQS ({@code SOUNDPORT_SQS_QUEUE_PREFIX}), ElasticMQ standing in for SQS: the jobs are
 * written with their change to the store, relayed to a queue per type and worked from there, on every backend.
 */
@RestTest.ServerPropertiesFrom(SqsJobQueueTest.FakeSqs.class)
class SqsJobQueueTest extends RestTest {
    private static SQSRestServer elasticMq;
    private static String endpoint;
    private static String prefix;
    private final WebhookReceiver receiver = new WebhookReceiver();

    /** Starts ElasticMQ (once per JVM) and puts the server's jobs on queues of a prefix of its own. */
    public static final class FakeSqs implements Supplier<Map<String, String>> {
        @Override
        public Map<String, String> get() {
            synchronized (SqsJobQueueTest.class) {
                if (elasticMq == null) {
                    elasticMq = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
                    endpoint = "http://127.0.0.1:" + elasticMq.waitUntilStarted().localAddress().getPort();
                    // the SDK's default credentials chain reads these; nothing here reaches AWS
                    System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
                    System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
                }
                prefix = "rt" + UUID.randomUUID().toString().substring(0, 6) + "-";
            }
            return Map.of("soundport.cloud", "aws",
                    "soundport.aws.region", "eu-west-1",
                    "soundport.aws.endpoint", endpoint,
                    "soundport.aws.sqs.queue-prefix", prefix,
                    "soundport.outbound.allowed-hosts", "127.0.0.1");
        }
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    /**
     * The attributes of a job queue once it holds no message, waiting or in flight: a worker deletes a job's message
     * just after the commit that records its work, so the API may show the work done a moment before.
     */
    private static Map<String, String> drained(String type) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Map<String, String> attributes = queue(type);
        while (!"0".equals(attributes.get("ApproximateNumberOfMessages"))
                || !"0".equals(attributes.get("ApproximateNumberOfMessagesNotVisible"))) {
            assertThat(System.nanoTime()).as("waiting for %s to drain: %s", type, attributes).isLessThan(deadline);
            Thread.sleep(50);
            attributes = queue(type);
        }
        return attributes;
    }

    /** The attributes of a job queue, its messages waiting or in flight as SQS counts them. */
    private static Map<String, String> queue(String type) {
        try (SqsClient sqs = SqsClient.builder().region(Region.EU_WEST_1).endpointOverride(URI.create(endpoint))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .build()) {
            String url = sqs.getQueueUrl(r -> r.queueName(prefix + type.replace('.', '-'))).queueUrl();
            return sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNamesWithStrings("All")).attributesAsStrings();
        }
    }

    @Test
    void a_notification_is_queued_on_sqs_and_sent_from_there() throws Exception {
        Account account = register();
        String to = uniqueEmail("fan");

        String id = account.api().post("/notifications", obj("channel", "email", "to", to, "subject", "Out now",
                "body", "Listen.")).expect(202).id();

        JsonNode sent = awaitNotification(account, id);
        assertThat(sent.path("status").asText()).isEqualTo("SENT");
        assertThat(Mailbox.awaitMessagesTo(dataDir, to, 1)).hasSize(1);
        assertThat(drained("notification.send")).as("the queue it went through").containsKey("RedrivePolicy");
    }

    @Test
    void an_event_reaches_its_webhook_through_the_send_queue_on_sqs() throws Exception {
        Account account = register();
        account.api().post("/webhooks", obj("url", receiver.url("/hook"), "events", List.of("artist.created")))
                .expect(201);

        account.api().post("/artists", obj("name", "Alice Coltrane")).expect(201);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (receiver.received().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(receiver.received()).hasSize(1);
        assertThat(drained("webhook.send")).containsKey("RedrivePolicy");
    }
}
