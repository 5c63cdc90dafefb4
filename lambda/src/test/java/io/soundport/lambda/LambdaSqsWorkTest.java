package io.soundport.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.soundport.application.platform.DeadLetterDrain;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.soundport.lambda.LambdaTesting.lambdaContext;
import static io.soundport.lambda.LambdaTesting.registration;
import static io.soundport.lambda.LambdaTesting.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background jobs on SQS ({@code SOUNDPORT_SQS_QUEUE_PREFIX}), with ElasticMQ for SQS: the scheduled handler
 * relays a queued job to its SQS queue, the SQS handler works the message the Lambda runtime would hand it, and a job
 * SQS dead-lettered becomes the failed state the API shows.
 */
class LambdaSqsWorkTest {
    private static final String PREFIX = "lt" + UUID.randomUUID().toString().substring(0, 6) + "-";
    private static SQSRestServer elasticMq;
    private static SqsClient sqs;
    private static ApplicationContext context;
    private static RestApiHandler api;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        elasticMq = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        String endpoint = "http://127.0.0.1:" + elasticMq.waitUntilStarted().localAddress().getPort();
        // the SDK's default credentials chain reads these; nothing here reaches AWS
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        sqs = SqsClient.builder().region(Region.EU_WEST_1).endpointOverride(URI.create(endpoint))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"))).build();
        context = LambdaTesting.start(dataDir, "soundport.cloud", "aws", "soundport.aws.region", "eu-west-1",
                "soundport.aws.endpoint", endpoint, "soundport.aws.sqs.queue-prefix", PREFIX,
                "soundport.aws.sqs.receive-wait", "0s");
        api = new RestApiHandler(context);
    }

    @AfterAll
    static void stop() {
        api.close();
        context.close();
        sqs.close();
        elasticMq.stopAndWait();
    }

    /** Registers {@code email}, whose verification mail is queued; returns the access token. */
    private static String register(String email) {
        APIGatewayProxyResponseEvent response = api.handleRequest(LambdaTesting.restApiEvent("POST",
                "/api/v1/auth/register", Map.of(), registration(email)), lambdaContext(30_000));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        return LambdaTesting.parse(response.getBody()).path("access_token").asText();
    }

    private static JsonNode verificationMail(String token) {
        APIGatewayProxyResponseEvent response = api.handleRequest(LambdaTesting.restApiEvent("GET",
                "/api/v1/notifications", Map.of("Authorization", "Bearer " + token), null), lambdaContext(30_000));
        return LambdaTesting.parse(response.getBody()).path("data").get(0);
    }

    private static String queueUrl(String name) {
        return sqs.getQueueUrl(r -> r.queueName(name)).queueUrl();
    }

    /**
     * The message of the job of the account's verification mail, received here as the Lambda runtime would: the
     * request that queued the job relayed it to SQS before answering, so it is there without a scheduled pass. Other
     * tests' messages are left to come back.
     */
    private static Message relayedNotificationJob(String token) {
        String notification = verificationMail(token).path("id").asText();
        String url = queueUrl(PREFIX + "notification-send");
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).visibilityTimeout(30)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
        messages.stream().filter(m -> !m.body().contains(notification)).forEach(other -> sqs.changeMessageVisibility(
                r -> r.queueUrl(url).receiptHandle(other.receiptHandle()).visibilityTimeout(0)));
        return messages.stream().filter(m -> m.body().contains(notification)).findFirst()
                .orElseThrow(() -> new AssertionError("the job of " + notification + " is not on SQS"));
    }

    private static SQSEvent eventOf(Message message) {
        SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
        record.setMessageId(message.messageId());
        record.setReceiptHandle(message.receiptHandle());
        record.setBody(message.body());
        record.setAttributes(Map.of("ApproximateReceiveCount",
                message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)));
        record.setEventSource("aws:sqs");
        record.setEventSourceArn("arn:aws:sqs:eu-west-1:000000000000:" + PREFIX + "notification-send");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(record));
        return event;
    }

    @Test
    void a_job_relayed_to_sqs_is_worked_from_the_message_the_runtime_hands_over_and_its_message_deleted() {
        String token = register(uniqueEmail());
        Message message = relayedNotificationJob(token);

        SQSBatchResponse response = new SqsWorkHandler(context).handleRequest(eventOf(message),
                lambdaContext(300_000));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(verificationMail(token).path("status").asText()).isEqualTo("SENT");
        assertThat(sqs.getQueueAttributes(r -> r.queueUrl(queueUrl(PREFIX + "notification-send"))
                .attributeNamesWithStrings("All")).attributesAsStrings())
                .containsEntry("ApproximateNumberOfMessages", "0")
                .containsEntry("ApproximateNumberOfMessagesNotVisible", "0");
    }

    @Test
    void the_scheduled_pass_relays_dispatches_and_drains_and_leaves_the_jobs_to_their_event_sources() {
        Map<String, Object> summary = new ScheduledWorkHandler(context).handleRequest(Map.of(), lambdaContext(300_000));

        assertThat(summary).containsKeys("events", "relay", "dead_letters", "health_checks")
                .doesNotContainKeys("notifications", "webhooks", "deliveries")
                .containsEntry("failed", List.of());
    }

    @Test
    void a_message_that_is_no_job_is_reported_back_as_failed() {
        SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
        record.setMessageId("9a1c5b2e-0d6f-4c1a-9a52-2f4b7c1e8d30");
        record.setReceiptHandle("AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a");
        record.setBody("{\"wake\":true}");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(record));

        SQSBatchResponse response = new SqsWorkHandler(context).handleRequest(event, lambdaContext(300_000));

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("9a1c5b2e-0d6f-4c1a-9a52-2f4b7c1e8d30");
    }

    @Test
    void a_job_sqs_dead_lettered_fails_its_notification_with_the_reason_at_the_next_scheduled_pass() {
        String token = register(uniqueEmail());
        Message message = relayedNotificationJob(token);
        // what SQS's redrive does after the last receive: the message moves to the dead-letter queue as it is
        sqs.sendMessage(r -> r.queueUrl(queueUrl(PREFIX + "notification-send-dlq")).messageBody(message.body()));
        sqs.deleteMessage(r -> r.queueUrl(queueUrl(PREFIX + "notification-send")).receiptHandle(
                message.receiptHandle()));

        Map<String, Object> summary = new ScheduledWorkHandler(context).handleRequest(Map.of(), lambdaContext(300_000));

        assertThat(summary).containsEntry("dead_letters", 1);
        JsonNode mail = verificationMail(token);
        assertThat(mail.path("status").asText()).isEqualTo("FAILED");
        assertThat(mail.path("failure_reason").asText()).isEqualTo(DeadLetterDrain.REASON);
        assertThat(sqs.getQueueAttributes(r -> r.queueUrl(queueUrl(PREFIX + "notification-send-dlq"))
                .attributeNamesWithStrings("ApproximateNumberOfMessages")).attributesAsStrings())
                .containsEntry("ApproximateNumberOfMessages", "0");
    }
}
