package io.soundport.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.soundport.lambda.LambdaTesting.lambdaContext;
import static io.soundport.lambda.LambdaTesting.mailTo;
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

    private static void register(String email) {
        APIGatewayProxyResponseEvent registered = api.handleRequest(
                LambdaTesting.restApiEvent("POST", "/api/v1/auth/register", Map.of(), registration(email)),
                lambdaContext(30_000));
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(201);
        assertThat(mailTo(dataDir, email)).as("mail sent before any pass").isEmpty();
    }

    @Test
    void the_scheduled_handler_sends_the_queued_verification_mail_and_says_what_it_did() {
        String email = uniqueEmail();
        register(email);

        Map<String, Object> summary = new ScheduledWorkHandler(context)
                .handleRequest(Map.of("source", "aws.scheduler"), lambdaContext(300_000));

        assertThat(mailTo(dataDir, email)).hasSize(1);
        assertThat(mailTo(dataDir, email).get(0)).contains("/auth/verify-email/");
        assertThat(summary).containsKeys("events", "webhooks", "deliveries", "notifications", "health_checks")
                .containsEntry("failed", List.of()).containsEntry("out_of_time", false);
        assertThat((Integer) summary.get("notifications")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_pass_with_no_time_left_still_gives_every_worker_one_batch() {
        String email = uniqueEmail();
        register(email);

        Map<String, Object> summary = new ScheduledWorkHandler(context).handleRequest(Map.of(), lambdaContext(1_000));

        assertThat(mailTo(dataDir, email)).hasSize(1);
        assertThat(summary).containsEntry("failed", List.of()).containsEntry("out_of_time", true);
    }

    @Test
    void an_sqs_event_wakes_a_pass_and_reports_no_message_as_failed() {
        String email = uniqueEmail();
        register(email);
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("059f36b4-87a3-44ab-83d2-661975830a7d");
        message.setBody("{\"wake\":true}");
        message.setEventSource("aws:sqs");
        message.setEventSourceArn("arn:aws:sqs:eu-west-1:123456789012:soundport-work");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));

        SQSBatchResponse response = new SqsWorkHandler(context).handleRequest(event, lambdaContext(300_000));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(mailTo(dataDir, email)).hasSize(1);
    }
}
