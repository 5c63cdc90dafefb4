package io.soundport.sdk;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.ErrorDetail;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Notification;
import io.soundport.sdk.model.NotificationChannel;
import io.soundport.sdk.model.NotificationStatus;
import io.soundport.sdk.param.NotificationListParams;
import io.soundport.sdk.param.NotificationQueueParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code client.notifications()} against WireMock: the requests it sends and how it reads the server's answers. */
class NotificationServiceTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String NOTIFICATIONS = "/api/v1/notifications";

    private SoundportClient client() {
        return SoundportClient.builder().baseUrl(api.baseUrl()).apiKey("sk_test_key").readTimeout(Duration.ofSeconds(5))
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build();
    }

    @Test
    void queue_posts_a_template_and_its_data_with_the_idempotency_key_and_reads_the_202() {
        api.stubFor(post(NOTIFICATIONS).willReturn(okJson(Fixtures.notification("ntf_1", "QUEUED")).withStatus(202)));

        NotificationQueueParams params = NotificationQueueParams.builder().channel(NotificationChannel.EMAIL)
                .to("ada@example.com").template("release-out")
                .data("name", "Ada").data("release", Map.of("title", "Night Drive", "tracks", 2))
                .data("territories", List.of("US", "GB")).data("explicit", false).build();
        Notification queued = client().notifications().queue(params,
                RequestOptions.builder().idempotencyKey("notify-ada-rel_1").build());

        assertThat(queued.id()).isEqualTo("ntf_1");
        assertThat(queued.channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(queued.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(queued.to()).isEqualTo("ada@example.com");
        assertThat(queued.subject()).isEqualTo("Night Drive is out");
        assertThat(queued.body()).isEqualTo("Hi Ada, Night Drive is out on Friday.");
        assertThat(queued.templateId()).isEqualTo("ntt_1");
        assertThat(queued.attempts()).isZero();
        assertThat(queued.providerMessageId()).isNull();
        assertThat(queued.failureReason()).isNull();
        assertThat(queued.sentAt()).isNull();
        assertThat(queued.createdAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
        assertThat(queued.version()).isEqualTo(1);
        api.verify(postRequestedFor(urlEqualTo(NOTIFICATIONS))
                .withHeader("Idempotency-Key", equalTo("notify-ada-rel_1"))
                .withHeader("X-API-Key", equalTo("sk_test_key"))
                .withRequestBody(equalToJson("""
                        {"channel":"EMAIL","to":"ada@example.com","template":"release-out",
                         "data":{"name":"Ada","release":{"title":"Night Drive","tracks":2},
                                 "territories":["US","GB"],"explicit":false}}
                        """)));
        assertThat(params.toString()).contains("EMAIL", "release-out", "name")
                .doesNotContain("ada@example.com", "Night Drive");
        assertThat(queued.toString()).contains("ntf_1").doesNotContain("ada@example.com", "Night Drive");
    }

    @Test
    void queue_without_a_key_generates_one_and_sends_only_the_fields_set() {
        api.stubFor(post(NOTIFICATIONS).willReturn(okJson(Fixtures.notification("ntf_2", "QUEUED")).withStatus(202)));

        client().notifications().queue(NotificationQueueParams.builder().channel(NotificationChannel.SMS)
                .to("+15555550100").body("Night Drive is out").build());

        api.verify(postRequestedFor(urlEqualTo(NOTIFICATIONS))
                .withHeader("Idempotency-Key", matching("[0-9a-f-]{36}"))
                .withRequestBody(equalToJson("""
                        {"channel":"SMS","to":"+15555550100","body":"Night Drive is out"}
                        """)));
    }

    @Test
    void queue_params_require_the_channel_and_the_recipient() {
        assertThatThrownBy(() -> NotificationQueueParams.builder().to("ada@example.com").body("Hi").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("channel");
        assertThatThrownBy(() -> NotificationQueueParams.builder().channel(NotificationChannel.PUSH).body("Hi").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("to");
        assertThatThrownBy(() -> NotificationQueueParams.builder().channel(NotificationChannel.UNKNOWN).to("x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel");
    }

    @Test
    void a_400_is_a_validation_exception_naming_the_field_and_an_opt_out_a_conflict() {
        api.stubFor(post(NOTIFICATIONS).withRequestBody(matching(".*\"SMS\".*")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("VALIDATION_ERROR", "The request has 1 invalid field",
                        "[{\"field\":\"to\",\"message\":\"must be a phone number in E.164 form such as +15555550100\"}]",
                        "req_400"))));
        api.stubFor(post(NOTIFICATIONS).withRequestBody(matching(".*\"EMAIL\".*")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("CONFLICT", "The recipient has opted out of EMAIL", "[]", "req_409"))));

        assertThatThrownBy(() -> client().notifications().queue(NotificationQueueParams.builder()
                .channel(NotificationChannel.SMS).to("5550100").body("Hi").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.requestId()).isEqualTo("req_400");
                    assertThat(e.details()).containsExactly(new ErrorDetail("to",
                            "must be a phone number in E.164 form such as +15555550100"));
                });
        assertThatThrownBy(() -> client().notifications().queue(NotificationQueueParams.builder()
                .channel(NotificationChannel.EMAIL).to("ada@example.com").subject("Hi").body("Hi").build()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("opted out");
    }

    @Test
    void retrieve_reads_a_sent_notification_and_a_missing_one_is_not_found() {
        api.stubFor(get(NOTIFICATIONS + "/ntf_1").willReturn(okJson(Fixtures.notification("ntf_1", "SENT"))));
        api.stubFor(get(NOTIFICATIONS + "/ntf_404").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("NOT_FOUND", "Notification ntf_404 not found", "[]", "req_404"))));

        Notification sent = client().notifications().retrieve("ntf_1");

        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.statusValue()).isEqualTo("SENT");
        assertThat(sent.channelValue()).isEqualTo("EMAIL");
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.providerMessageId()).isEqualTo("ses-0100");
        assertThat(sent.sentAt()).isEqualTo(Instant.parse("2026-01-05T10:00:02Z"));
        assertThat(sent.updatedAt()).isEqualTo(Instant.parse("2026-01-05T10:00:02Z"));
        assertThat(sent.version()).isEqualTo(2);
        api.verify(getRequestedFor(urlEqualTo(NOTIFICATIONS + "/ntf_1")).withHeader("If-None-Match", absent()));
        assertThatThrownBy(() -> client().notifications().retrieve("ntf_404"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> client().notifications().retrieve(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void list_sends_the_filters_and_auto_paging_keeps_them() {
        api.stubFor(get(urlPathEqualTo(NOTIFICATIONS)).withQueryParam("cursor", absent()).willReturn(okJson("""
                {"data":[%s],"has_more":true,"next_cursor":"cur_2"}
                """.formatted(Fixtures.notification("ntf_2", "FAILED")))));
        api.stubFor(get(urlPathEqualTo(NOTIFICATIONS)).withQueryParam("cursor", equalTo("cur_2")).willReturn(okJson("""
                {"data":[%s],"has_more":false,"next_cursor":null}
                """.formatted(Fixtures.notification("ntf_1", "FAILED")))));

        Page<Notification> first = client().notifications().list(NotificationListParams.builder()
                .status(NotificationStatus.FAILED).channel(NotificationChannel.EMAIL).limit(1).build());

        assertThat(first.hasMore()).isTrue();
        assertThat(first.data()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.FAILED);
            assertThat(n.attempts()).isEqualTo(5);
            assertThat(n.failureReason()).isEqualTo("mailbox unavailable");
            assertThat(n.sentAt()).isNull();
        });
        assertThat(first.autoPagingStream().map(Notification::id).toList()).containsExactly("ntf_2", "ntf_1");
        api.verify(getRequestedFor(urlEqualTo(NOTIFICATIONS + "?status=FAILED&channel=EMAIL&limit=1")));
        api.verify(getRequestedFor(urlEqualTo(NOTIFICATIONS + "?status=FAILED&channel=EMAIL&limit=1&cursor=cur_2")));
    }

    @Test
    void list_without_params_sends_no_query() {
        api.stubFor(get(urlPathEqualTo(NOTIFICATIONS)).willReturn(okJson("""
                {"data":[],"has_more":false,"next_cursor":null}
                """)));

        assertThat(client().notifications().list().data()).isEmpty();
        api.verify(getRequestedFor(urlEqualTo(NOTIFICATIONS)));
    }

    @Test
    void a_channel_or_status_from_a_newer_server_reads_as_unknown_and_the_string_is_kept() {
        api.stubFor(get(NOTIFICATIONS + "/ntf_9").willReturn(okJson(Fixtures.notification("ntf_9", "DEFERRED")
                .replace("\"EMAIL\"", "\"WHATSAPP\""))));

        Notification notification = client().notifications().retrieve("ntf_9");

        assertThat(notification.channel()).isEqualTo(NotificationChannel.UNKNOWN);
        assertThat(notification.channelValue()).isEqualTo("WHATSAPP");
        assertThat(notification.status()).isEqualTo(NotificationStatus.UNKNOWN);
        assertThat(notification.statusValue()).isEqualTo("DEFERRED");
        assertThat(notification.id()).isEqualTo("ntf_9");
    }
}
