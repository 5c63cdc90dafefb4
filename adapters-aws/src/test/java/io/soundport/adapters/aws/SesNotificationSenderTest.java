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
import software.amazon.awssdk.services.sesv2.SesV2Client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class SesNotificationSenderTest {
    private static final String TO = "nina@example.com";

    @RegisterExtension
    static WireMockExtension ses = AwsStubs.server();

    private final SesV2Client client = AwsClients.ses(AwsStubs.settings(ses));
    private final SesNotificationSender sender = new SesNotificationSender(client,
            new SesNotificationSender.Settings("Soundport <no-reply@soundport.test>", "transactional"));

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void sends_a_signed_send_email_request_with_utf8_simple_content_and_the_configuration_set() throws Exception {
        ses.stubFor(SesStubs.sendEmail().willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"MessageId\":\"010001-EXAMPLE\"}")));

        Result result = sender.send(Channel.EMAIL, TO, "Ihre Veröffentlichung ✓", "Line 1\nLine 2 🎵");

        assertThat(result).isEqualTo(Result.accepted("010001-EXAMPLE"));
        LoggedRequest request = ses.findAll(postRequestedFor(urlPathEqualTo(SesStubs.SEND_EMAIL_PATH))).get(0);
        assertThat(AwsStubs.signedFor(request, "ses")).as(request.getHeader("Authorization")).isTrue();
        JsonNode body = AwsStubs.json(request.getBodyAsString());
        assertThat(body.get("FromEmailAddress").asText()).isEqualTo("Soundport <no-reply@soundport.test>");
        assertThat(body.at("/Destination/ToAddresses").toString()).isEqualTo("[\"nina@example.com\"]");
        assertThat(body.at("/Content/Simple/Subject/Data").asText()).isEqualTo("Ihre Veröffentlichung ✓");
        assertThat(body.at("/Content/Simple/Subject/Charset").asText()).isEqualTo("UTF-8");
        assertThat(body.at("/Content/Simple/Body/Text/Data").asText()).isEqualTo("Line 1\nLine 2 🎵");
        assertThat(body.at("/Content/Simple/Body/Text/Charset").asText()).isEqualTo("UTF-8");
        assertThat(body.has("Content") && body.at("/Content/Simple/Body/Html").isMissingNode()).isTrue();
        assertThat(body.get("ConfigurationSetName").asText()).isEqualTo("transactional");
    }

    @Test
    void leaves_the_configuration_set_out_when_none_is_configured() {
        ses.stubFor(SesStubs.sendEmail().willReturn(SesStubs.accepted()));
        SesNotificationSender plain = new SesNotificationSender(client,
                new SesNotificationSender.Settings("no-reply@soundport.test", " "));

        assertThat(plain.send(Channel.EMAIL, TO, "s", "b").accepted()).isTrue();

        JsonNode body = AwsStubs.json(ses.getAllServeEvents().get(0).getRequest().getBodyAsString());
        assertThat(body.has("ConfigurationSetName")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "400, MessageRejected",
            "400, MailFromDomainNotVerifiedException",
            "400, AccountSuspendedException",
            "400, SendingPausedException",
            "400, BadRequestException"})
    void refuses_for_good_what_ses_rejects_without_naming_the_recipient(int status, String code) {
        ses.stubFor(SesStubs.sendEmail().willReturn(SesStubs.error(status, code,
                "Email address is not verified. The following identities failed the check: " + TO)));

        Result result = sender.send(Channel.EMAIL, TO, "s", "b");

        assertThat(result.accepted()).isFalse();
        assertThat(result.permanent()).isTrue();
        assertThat(result.error()).contains(code).doesNotContain(TO).doesNotContain("example.com");
        assertThat(ses.getAllServeEvents()).hasSize(1);
    }

    @Test
    void refuses_an_address_that_is_no_address_without_calling_ses() {
        assertThat(sender.send(Channel.EMAIL, "not-an-address", "s", "b").permanent()).isTrue();
        assertThat(sender.send(Channel.EMAIL, "a@b.c\r\nBcc: x@y.z", "s", "b").permanent()).isTrue();
        assertThat(ses.getAllServeEvents()).isEmpty();
    }

    @Test
    void refuses_sms_and_push_for_good() {
        assertThat(sender.send(Channel.SMS, "+15550100", null, "b")).satisfies(r -> {
            assertThat(r.accepted()).isFalse();
            assertThat(r.permanent()).isTrue();
        });
        assertThat(sender.send(Channel.PUSH, "device", "t", "b").permanent()).isTrue();
        assertThat(sender.channels()).containsExactly(Channel.EMAIL);
        assertThat(ses.getAllServeEvents()).isEmpty();
    }

    @Test
    void retries_throttling_and_succeeds_when_ses_lets_it_through() {
        ses.stubFor(SesStubs.sendEmail().inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(SesStubs.error(429, "TooManyRequestsException", "Too Many Requests"))
                .willSetStateTo("through"));
        ses.stubFor(SesStubs.sendEmail().inScenario("throttled").whenScenarioStateIs("through")
                .willReturn(SesStubs.accepted()));

        Result result = sender.send(Channel.EMAIL, TO, "s", "b");

        assertThat(result.accepted()).isTrue();
        assertThat(ses.getAllServeEvents()).hasSize(2);
    }

    @Test
    void throttling_that_lasts_fails_for_now_after_the_bounded_attempts() {
        ses.stubFor(SesStubs.sendEmail().willReturn(SesStubs.error(429, "TooManyRequestsException", "Too Many Requests")));

        Result result = sender.send(Channel.EMAIL, TO, "s", "b");

        assertThat(result.accepted()).isFalse();
        assertThat(result.permanent()).isFalse();
        assertThat(result.error()).contains("429").contains("TooManyRequestsException");
        assertThat(ses.getAllServeEvents()).hasSize(3);
    }

    @Test
    void a_sending_quota_reached_fails_for_now() {
        ses.stubFor(SesStubs.sendEmail().willReturn(SesStubs.error(400, "LimitExceededException", "Daily quota")));

        Result result = sender.send(Channel.EMAIL, TO, "s", "b");

        assertThat(result.permanent()).isFalse();
        assertThat(result.accepted()).isFalse();
    }

    @Test
    void server_errors_are_retried_then_fail_for_now() {
        ses.stubFor(SesStubs.sendEmail().willReturn(SesStubs.error(503, "InternalFailure", "try later")));

        Result result = sender.send(Channel.EMAIL, TO, "s", "b");

        assertThat(result.accepted()).isFalse();
        assertThat(result.permanent()).isFalse();
        assertThat(ses.getAllServeEvents()).hasSize(3);
    }

    @Test
    void a_connection_reset_fails_for_now_and_nothing_is_thrown() {
        ses.stubFor(SesStubs.sendEmail().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Result result = sender.send(Channel.EMAIL, TO, "s", "b");

        assertThat(result.accepted()).isFalse();
        assertThat(result.permanent()).isFalse();
        assertThat(result.error()).contains("could not be reached");
    }
}
