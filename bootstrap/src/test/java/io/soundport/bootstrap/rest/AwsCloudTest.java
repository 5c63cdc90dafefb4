package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code SOUNDPORT_CLOUD=aws} end to end: the server sends e-mail through SES, SMS through SNS and publishes its events
 * to EventBridge, all three on one WireMock that asserts AWS's request shapes and answers with AWS's response shapes
 * (secrets stay under the local key: {@code SOUNDPORT_KMS_KEY_ID} unset, a mixed setup). SES's permanent refusal
 * fails a notification at once; its throttling is tried again along the schedule and then fails with the reason.
 */
@RestTest.ServerPropertiesFrom(AwsCloudTest.FakeAws.class)
class AwsCloudTest extends RestTest {
    private static final String SES = "/v2/email/outbound-emails";
    private static final String SES_MESSAGE_ID = "0100018f1a2b3c4d-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000";
    private static final String SNS_MESSAGE_ID = "95df01b4-ee98-5cb9-9903-4c221d41eb5e";
    private static WireMockServer aws;

    /** Starts the stand-in (once per JVM) and points the server's AWS adapters at it. */
    public static final class FakeAws implements Supplier<Map<String, String>> {
        @Override
        public Map<String, String> get() {
            synchronized (AwsCloudTest.class) {
                if (aws == null) {
                    aws = new WireMockServer(wireMockConfig().dynamicPort());
                    aws.start();
                    // the SDK's default credentials chain reads these; nothing here reaches AWS
                    System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
                    System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
                }
                stubAws();
            }
            return Map.of("soundport.cloud", "aws",
                    "soundport.aws.region", "eu-west-1",
                    "soundport.aws.endpoint", aws.baseUrl(),
                    "soundport.aws.ses.from", "Soundport <no-reply@soundport.example>",
                    "soundport.aws.sns.sender-id", "Soundport",
                    "soundport.aws.eventbridge.bus", "soundport-events",
                    "soundport.notifications.retry-schedule", "100ms,100ms");
        }
    }

    private static void stubAws() {
        aws.stubFor(post(urlPathEqualTo(SES)).atPriority(5).willReturn(okJson("{\"MessageId\":\"" + SES_MESSAGE_ID
                + "\"}")));
        aws.stubFor(post(urlPathEqualTo(SES)).atPriority(1).withRequestBody(containing("rejected-"))
                .willReturn(sesError(400, "MessageRejected", "Email address is not verified.")));
        aws.stubFor(post(urlPathEqualTo(SES)).atPriority(1).withRequestBody(containing("throttled-"))
                .willReturn(sesError(429, "TooManyRequestsException", "Maximum sending rate exceeded.")));
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=Publish&")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "text/xml").withBody("""
                        <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                          <PublishResult>
                            <MessageId>%s</MessageId>
                          </PublishResult>
                          <ResponseMetadata>
                            <RequestId>f187a3c1-376f-11df-8963-01868b7c937a</RequestId>
                          </ResponseMetadata>
                        </PublishResponse>""".formatted(SNS_MESSAGE_ID))));
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":"
                                + "\"11710aed-b79e-4468-a20b-bb3c0c3b4860\"}]}")));
    }

    private static ResponseDefinitionBuilder sesError(int status, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", code + ":http://internal.amazon.com/coral/com.amazonaws.services.sesv2/")
                .withHeader("x-amzn-RequestId", "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111")
                .withBody("{\"message\":\"" + message + "\"}");
    }

    private static List<LoggedRequest> sesRequestsTo(String address) {
        return aws.findAll(postRequestedFor(urlPathEqualTo(SES)).withRequestBody(containing(address)));
    }

    @Test
    void an_email_goes_through_ses_with_its_subject_and_body_and_is_sent_with_the_ses_message_id() throws Exception {
        Account account = register();
        String to = uniqueEmail("fan");

        String id = account.api().post("/notifications", obj("channel", "email", "to", to,
                "subject", "Night Drive is out", "body", "Listen now.\nÜnïcödé too.")).expect(202).id();

        JsonNode sent = awaitNotification(account, id);
        assertThat(sent.path("status").asText()).isEqualTo("SENT");
        assertThat(sent.path("provider_message_id").asText()).isEqualTo(SES_MESSAGE_ID);
        JsonNode request = Api.JSON.readTree(sesRequestsTo(to).get(0).getBodyAsString());
        assertThat(request.path("FromEmailAddress").asText()).isEqualTo("Soundport <no-reply@soundport.example>");
        assertThat(request.path("Destination").path("ToAddresses").get(0).asText()).isEqualTo(to);
        JsonNode simple = request.path("Content").path("Simple");
        assertThat(simple.path("Subject").path("Data").asText()).isEqualTo("Night Drive is out");
        assertThat(simple.path("Body").path("Text").path("Data").asText()).isEqualTo("Listen now.\nÜnïcödé too.");
        assertThat(sesRequestsTo(to).get(0).getHeader("Authorization")).startsWith("AWS4-HMAC-SHA256 ");
        assertThat(Mailbox.messagesTo(dataDir, to)).as("nothing in the local mailbox").isEmpty();
    }

    @Test
    void a_message_ses_rejects_fails_at_once_with_the_reason_and_a_throttled_one_after_its_retries()
            throws Exception {
        Account account = register();
        String rejected = uniqueEmail("rejected");
        String throttled = uniqueEmail("throttled");

        String first = account.api().post("/notifications", obj("channel", "email", "to", rejected,
                "subject", "Hi", "body", "x")).expect(202).id();
        String second = account.api().post("/notifications", obj("channel", "email", "to", throttled,
                "subject", "Hi", "body", "y")).expect(202).id();

        JsonNode refused = awaitNotification(account, first);
        assertThat(refused.path("status").asText()).isEqualTo("FAILED");
        assertThat(refused.path("attempts").asInt()).as("a permanent refusal is not tried again").isEqualTo(1);
        assertThat(refused.path("failure_reason").asText()).contains("MessageRejected").doesNotContain(rejected);
        JsonNode gaveUp = awaitNotification(account, second);
        assertThat(gaveUp.path("status").asText()).isEqualTo("FAILED");
        assertThat(gaveUp.path("attempts").asInt()).as("the schedule's three attempts").isEqualTo(3);
        assertThat(gaveUp.path("failure_reason").asText()).contains("TooManyRequests");
        assertThat(sesRequestsTo(throttled)).as("each attempt retried by the SDK").hasSizeGreaterThan(3);
    }

    @Test
    void an_sms_goes_through_sns_with_the_sender_id() throws Exception {
        Account account = register();

        String id = account.api().post("/notifications", obj("channel", "sms", "to", "+44 20 7946 0958",
                "body", "Your code is 123456")).expect(202).id();

        JsonNode sent = awaitNotification(account, id);
        assertThat(sent.path("status").asText()).isEqualTo("SENT");
        assertThat(sent.path("provider_message_id").asText()).isEqualTo(SNS_MESSAGE_ID);
        String form = aws.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=Publish&"))
                        .withRequestBody(containing("PhoneNumber=%2B442079460958"))).get(0).getBodyAsString();
        assertThat(form).contains("Message=Your+code+is+123456").contains("AWS.SNS.SMS.SenderID")
                .contains("StringValue=Soundport");
    }

    @Test
    void every_event_is_also_published_to_the_eventbridge_bus() throws Exception {
        Account account = register();
        String artist = account.api().post("/artists", obj("name", "Bus Rider")).expect(201).id();

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<LoggedRequest> puts = List.of();
        while (puts.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            puts = aws.findAll(postRequestedFor(urlEqualTo("/"))
                    .withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"))
                    .withRequestBody(containing(artist)));
        }

        assertThat(puts).isNotEmpty();
        JsonNode entry = Api.JSON.readTree(puts.get(0).getBodyAsString()).path("Entries").get(0);
        assertThat(entry.path("EventBusName").asText()).isEqualTo("soundport-events");
        assertThat(entry.path("Source").asText()).isEqualTo("io.soundport");
        assertThat(entry.path("DetailType").asText()).isEqualTo("artist.created");
        JsonNode detail = Api.JSON.readTree(entry.path("Detail").asText());
        assertThat(detail.path("aggregate_id").asText()).isEqualTo(artist);
        assertThat(detail.path("organization_id").asText()).isEqualTo(account.organizationId());
    }
}
