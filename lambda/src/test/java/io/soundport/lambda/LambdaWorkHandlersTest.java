package io.soundport.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.soundport.lambda.LambdaTesting.lambdaContext;
import static io.soundport.lambda.LambdaTesting.registration;
import static io.soundport.lambda.LambdaTesting.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background work as handlers: a registration queues its verification mail, which nothing sends (no workers run
 * in a Lambda) until the scheduled handler, or an SQS event, runs a pass.
 */
class LambdaWorkHandlersTest {
    private static Path dataDir;
    private static ApplicationContext context;
    private static RestApiHandler api;

    @BeforeAll
    static void startContext(@TempDir Path tempDir) {
        dataDir = tempDir;
        context = LambdaTesting.start(dataDir);
        api = new RestApiHandler(context);
    }

    @AfterAll
    static void closeContext() {
        api.close();
        context.close();
    }

    private static APIGatewayProxyResponseEvent call(String method, String path, Map<String, String> headers,
                                                     String body) {
        APIGatewayProxyResponseEvent response = api.handleRequest(
                LambdaTesting.restApiEvent(method, path, headers, body), lambdaContext(30_000));
        assertThat(response.getStatusCode()).as(response.getBody()).isBetween(200, 201);
        return response;
    }

    /** Registers {@code email}; its verification mail is queued, not sent. Returns the access token. */
    private static String register(String email) {
        String token = LambdaTesting.parse(call("POST", "/api/v1/auth/register", Map.of(), registration(email))
                .getBody()).path("access_token").asText();
        assertThat(verificationMail(token)).as("before any pass").isEqualTo("QUEUED");
        return token;
    }

    /** The status of the verification mail, as {@code GET /notifications} shows it to the new account. */
    private static String verificationMail(String token) {
        JsonNode notifications = LambdaTesting.parse(
                call("GET", "/api/v1/notifications", Map.of("Authorization", "Bearer " + token), null).getBody());
        assertThat(notifications.path("data")).hasSize(1);
        return notifications.path("data").get(0).path("status").asText();
    }

    /** Whether the local mailbox ({@code <data dir>/mailbox/*.eml}) holds a message to {@code email}. */
    private static boolean mailboxHasMailTo(String email) throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("mailbox"))) {
            return files.filter(f -> f.toString().endsWith(".eml"))
                    .anyMatch(f -> read(f).lines().anyMatch(line -> line.equalsIgnoreCase("To: " + email)));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_scheduled_handler_sends_the_queued_verification_mail_and_says_what_it_did() throws IOException {
        String email = uniqueEmail();
        String token = register(email);

        Map<String, Object> summary = new ScheduledWorkHandler(context)
                .handleRequest(Map.of("source", "aws.scheduler"), lambdaContext(300_000));

        assertThat(verificationMail(token)).isEqualTo("SENT");
        assertThat(mailboxHasMailTo(email)).isTrue();
        assertThat(summary).containsKeys("events", "webhooks", "deliveries", "notifications", "health_checks")
                .containsEntry("failed", List.of()).containsEntry("out_of_time", false);
        assertThat((Integer) summary.get("notifications")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_pass_with_no_time_left_still_gives_every_worker_one_batch() {
        String token = register(uniqueEmail());

        Map<String, Object> summary = new ScheduledWorkHandler(context).handleRequest(Map.of(), lambdaContext(1_000));

        assertThat(verificationMail(token)).isEqualTo("SENT");
        assertThat(summary).containsEntry("failed", List.of()).containsEntry("out_of_time", true);
    }

    @Test
    void an_sqs_event_wakes_a_pass_and_reports_no_message_as_failed() {
        String token = register(uniqueEmail());
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("059f36b4-87a3-44ab-83d2-661975830a7d");
        message.setBody("{\"wake\":true}");
        message.setEventSource("aws:sqs");
        message.setEventSourceArn("arn:aws:sqs:eu-west-1:123456789012:soundport-work");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));

        SQSBatchResponse response = new SqsWorkHandler(context).handleRequest(event, lambdaContext(300_000));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(verificationMail(token)).isEqualTo("SENT");
    }
}
