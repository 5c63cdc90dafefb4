package io.soundport.adapters.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.sns.SnsClient;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

class SnsNotificationSenderTest {
    private static final String PHONE = "+447700900123";
    private static final String PLATFORM_APP = "arn:aws:sns:eu-west-1:123456789012:app/GCM/soundport";

    @RegisterExtension
    static WireMockExtension sns = AwsStubs.server();

    private final SnsClient client = AwsClients.sns(AwsStubs.settings(sns));
    private final SnsNotificationSender sender = new SnsNotificationSender(client,
            new SnsNotificationSender.Settings("Soundport", PLATFORM_APP));

    @AfterEach
    void close() {
        client.close();
    }

    private static List<Map<String, String>> requests() {
        return AwsStubs.served(sns).stream().map(e -> AwsStubs.form(e.getRequest())).toList();
    }

    @Test
    void an_sms_is_a_signed_transactional_publish_to_the_phone_number_with_the_sender_id() {
        sns.stubFor(SnsStubs.action("Publish").willReturn(SnsStubs.published()));

        Result result = sender.send(Channel.SMS, PHONE, null, "Your code: 123456 ✓");

        assertThat(result.accepted()).isTrue();
        assertThat(result.providerMessageId()).hasSize(36);
        LoggedRequest request = sns.getAllServeEvents().get(0).getRequest();
        assertThat(AwsStubs.signedFor(request, "sns")).as(request.getHeader("Authorization")).isTrue();
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = AwsStubs.form(request);
        assertThat(form).containsEntry("Action", "Publish").containsEntry("Version", "2010-03-31")
                .containsEntry("PhoneNumber", PHONE).containsEntry("Message", "Your code: 123456 ✓")
                .doesNotContainKeys("TargetArn", "Subject", "MessageStructure");
        assertThat(attributes(form)).containsEntry("AWS.SNS.SMS.SMSType", "String:Transactional")
                .containsEntry("AWS.SNS.SMS.SenderID", "String:Soundport").hasSize(2);
    }

    @Test
    void an_sms_without_a_configured_sender_id_carries_only_its_type() {
        sns.stubFor(SnsStubs.action("Publish").willReturn(SnsStubs.published()));
        SnsNotificationSender plain = new SnsNotificationSender(client, new SnsNotificationSender.Settings(null, null));

        assertThat(plain.send(Channel.SMS, PHONE, null, "b").accepted()).isTrue();

        assertThat(attributes(requests().get(0))).containsOnlyKeys("AWS.SNS.SMS.SMSType");
    }

    @Test
    void a_push_to_an_endpoint_arn_publishes_json_with_the_title_for_fcm_and_apns() {
        sns.stubFor(SnsStubs.action("Publish").willReturn(SnsStubs.published()));
        String endpoint = SnsStubs.ENDPOINT_ARN_PREFIX + "5e3e9847-3183-3f18-a7e8-671c3a57d4b3";

        assertThat(sender.send(Channel.PUSH, endpoint, "Campaign launched", "Homogenic is out").accepted()).isTrue();

        Map<String, String> form = requests().get(0);
        assertThat(form).containsEntry("Action", "Publish").containsEntry("TargetArn", endpoint)
                .containsEntry("MessageStructure", "json").doesNotContainKey("PhoneNumber");
        JsonNode message = AwsStubs.json(form.get("Message"));
        assertThat(message.get("default").asText()).isEqualTo("Homogenic is out");
        assertThat(AwsStubs.json(message.get("GCM").asText()).toString())
                .isEqualTo("{\"notification\":{\"title\":\"Campaign launched\",\"body\":\"Homogenic is out\"}}");
        assertThat(AwsStubs.json(message.get("APNS").asText()).toString())
                .isEqualTo("{\"aps\":{\"alert\":{\"title\":\"Campaign launched\",\"body\":\"Homogenic is out\"}}}");
        assertThat(message.get("APNS_SANDBOX").asText()).isEqualTo(message.get("APNS").asText());
    }

    @Test
    void a_push_to_a_bare_device_token_registers_the_endpoint_first_then_publishes_to_it() {
        String endpoint = SnsStubs.ENDPOINT_ARN_PREFIX + "made-for-token";
        sns.stubFor(SnsStubs.action("CreatePlatformEndpoint").willReturn(SnsStubs.endpointCreated(endpoint)));
        sns.stubFor(SnsStubs.action("Publish").willReturn(SnsStubs.published()));

        Result result = sender.send(Channel.PUSH, "fcm-token-abc:APA91b", "t", "b");

        assertThat(result.accepted()).isTrue();
        List<Map<String, String>> requests = requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).containsEntry("Action", "CreatePlatformEndpoint")
                .containsEntry("PlatformApplicationArn", PLATFORM_APP).containsEntry("Token", "fcm-token-abc:APA91b");
        assertThat(requests.get(1)).containsEntry("Action", "Publish").containsEntry("TargetArn", endpoint);
    }

    @Test
    void a_bare_device_token_is_refused_when_no_platform_application_is_configured() {
        SnsNotificationSender withoutApp = new SnsNotificationSender(client, new SnsNotificationSender.Settings(null, null));

        Result result = withoutApp.send(Channel.PUSH, "fcm-token-abc", "t", "b");

        assertThat(result.permanent()).isTrue();
        assertThat(result.error()).contains("platform application").doesNotContain("fcm-token-abc");
        assertThat(sns.getAllServeEvents()).isEmpty();
    }

    @Test
    void refuses_what_is_no_phone_number_and_e_mail_without_calling_sns() {
        assertThat(sender.send(Channel.SMS, "07700 900123", null, "b").permanent()).isTrue();
        assertThat(sender.send(Channel.SMS, "nina@example.com", null, "b").permanent()).isTrue();
        assertThat(sender.send(Channel.EMAIL, "nina@example.com", "s", "b").permanent()).isTrue();
        assertThat(sns.getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"InvalidParameter", "EndpointDisabled", "OptedOut", "InvalidParameterValue"})
    void refuses_for_good_what_sns_rejects_without_naming_the_recipient(String code) {
        sns.stubFor(SnsStubs.action("Publish").willReturn(SnsStubs.error(400, "Sender", code,
                "Invalid parameter: PhoneNumber Reason: " + PHONE + " is not valid")));

        Result result = sender.send(Channel.SMS, PHONE, null, "b");

        assertThat(result.accepted()).isFalse();
        assertThat(result.permanent()).isTrue();
        assertThat(result.error()).contains(code).doesNotContain(PHONE);
        assertThat(sns.getAllServeEvents()).hasSize(1);
    }

    @Test
    void a_refused_endpoint_registration_refuses_the_push() {
        sns.stubFor(SnsStubs.action("CreatePlatformEndpoint").willReturn(SnsStubs.error(400, "Sender",
                "InvalidParameter", "Invalid parameter: Token")));

        Result result = sender.send(Channel.PUSH, "bad-token", "t", "b");

        assertThat(result.permanent()).isTrue();
        assertThat(requests()).extracting(f -> f.get("Action")).containsExactly("CreatePlatformEndpoint");
    }

    @Test
    void retries_throttling_and_succeeds_when_sns_lets_it_through() {
        sns.stubFor(SnsStubs.action("Publish").inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(SnsStubs.error(429, "Sender", "Throttled", "Rate exceeded")).willSetStateTo("through"));
        sns.stubFor(SnsStubs.action("Publish").inScenario("throttled").whenScenarioStateIs("through")
                .willReturn(SnsStubs.published()));

        assertThat(sender.send(Channel.SMS, PHONE, null, "b").accepted()).isTrue();
        assertThat(sns.getAllServeEvents()).hasSize(2);
    }

    @Test
    void throttling_and_server_errors_that_last_fail_for_now_after_the_bounded_attempts() {
        sns.stubFor(SnsStubs.action("Publish").willReturn(SnsStubs.error(429, "Sender", "Throttled", "Rate exceeded")));
        Result throttled = sender.send(Channel.SMS, PHONE, null, "b");
        sns.resetAll();
        sns.stubFor(SnsStubs.action("Publish").willReturn(SnsStubs.error(500, "Receiver", "InternalError", "oops")));
        Result failing = sender.send(Channel.SMS, PHONE, null, "b");

        assertThat(throttled.accepted()).isFalse();
        assertThat(throttled.permanent()).isFalse();
        assertThat(throttled.error()).contains("Throttled");
        assertThat(failing.permanent()).isFalse();
        assertThat(failing.error()).contains("500");
        assertThat(sns.getAllServeEvents()).hasSize(3);
    }

    @Test
    void an_io_error_fails_for_now_and_nothing_is_thrown() {
        sns.stubFor(SnsStubs.action("Publish").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        Result result = sender.send(Channel.SMS, PHONE, null, "b");

        assertThat(result.accepted()).isFalse();
        assertThat(result.permanent()).isFalse();
    }

    /** The message attributes of a Publish form: name to "DataType:StringValue". */
    private static Map<String, String> attributes(Map<String, String> form) {
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        for (int i = 1; form.containsKey("MessageAttributes.entry." + i + ".Name"); i++) {
            String prefix = "MessageAttributes.entry." + i;
            attributes.put(form.get(prefix + ".Name"), form.get(prefix + ".Value.DataType") + ":"
                    + form.get(prefix + ".Value.StringValue"));
        }
        return attributes;
    }
}
