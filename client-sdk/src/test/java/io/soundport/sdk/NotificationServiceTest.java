package io.soundport.sdk;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.ErrorDetail;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Notification;
import io.soundport.sdk.model.NotificationChannel;
import io.soundport.sdk.model.NotificationOptOut;
import io.soundport.sdk.model.NotificationStatus;
import io.soundport.sdk.model.NotificationTemplate;
import io.soundport.sdk.param.ListParams;
import io.soundport.sdk.param.NotificationListParams;
import io.soundport.sdk.param.NotificationOptOutListParams;
import io.soundport.sdk.param.NotificationQueueParams;
import io.soundport.sdk.param.NotificationTemplateCreateParams;
import io.soundport.sdk.param.NotificationTemplateUpdateParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
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
    private static final String TEMPLATES = "/api/v1/notifications/templates";
    private static final String TEMPLATE = "/api/v1/notifications/templates/ntt_1";

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

    @Test
    void create_template_posts_the_params_with_the_idempotency_key_and_reads_the_201() {
        api.stubFor(post(TEMPLATES).willReturn(okJson(Fixtures.notificationTemplate("ntt_1", "release-out", 1))
                .withStatus(201).withHeader("ETag", "\"1\"")));

        NotificationTemplateCreateParams params = NotificationTemplateCreateParams.builder().name("release-out")
                .channel(NotificationChannel.EMAIL).subject("{{release.title}} is out")
                .body("Hi {{name}}, {{release.title}} is out on Friday.").build();
        SoundportClient client = client();
        NotificationTemplate template = client.notifications().createTemplate(params,
                RequestOptions.builder().idempotencyKey("template-release-out").build());

        assertThat(template.id()).isEqualTo("ntt_1");
        assertThat(template.name()).isEqualTo("release-out");
        assertThat(template.channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(template.channelValue()).isEqualTo("EMAIL");
        assertThat(template.subject()).isEqualTo("{{release.title}} is out");
        assertThat(template.body()).isEqualTo("Hi {{name}}, {{release.title}} is out on Friday.");
        assertThat(template.createdAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
        assertThat(template.updatedAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
        assertThat(template.version()).isEqualTo(1);
        assertThat(client.lastResponse().status()).isEqualTo(201);
        api.verify(postRequestedFor(urlEqualTo(TEMPLATES))
                .withHeader("Idempotency-Key", equalTo("template-release-out"))
                .withHeader("X-API-Key", equalTo("sk_test_key"))
                .withRequestBody(equalToJson("""
                        {"name":"release-out","channel":"EMAIL","subject":"{{release.title}} is out",
                         "body":"Hi {{name}}, {{release.title}} is out on Friday."}
                        """)));
    }

    @Test
    void create_template_without_a_key_generates_one_and_sends_only_the_fields_set() {
        api.stubFor(post(TEMPLATES).willReturn(okJson(Fixtures.notificationTemplate("ntt_2", "sms-out", 1)
                .replace("\"EMAIL\"", "\"SMS\"")).withStatus(201)));

        NotificationTemplate template = client().notifications().createTemplate(NotificationTemplateCreateParams
                .builder().name("sms-out").channel(NotificationChannel.SMS).body("{{release.title}} is out").build());

        assertThat(template.channel()).isEqualTo(NotificationChannel.SMS);
        api.verify(postRequestedFor(urlEqualTo(TEMPLATES))
                .withHeader("Idempotency-Key", matching("[0-9a-f-]{36}"))
                .withRequestBody(equalToJson("""
                        {"name":"sms-out","channel":"SMS","body":"{{release.title}} is out"}
                        """)));
    }

    @Test
    void template_create_params_require_the_name_the_channel_and_the_body() {
        assertThatThrownBy(() -> NotificationTemplateCreateParams.builder().channel(NotificationChannel.SMS)
                .body("Hi").build()).isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> NotificationTemplateCreateParams.builder().name("x").body("Hi").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("channel");
        assertThatThrownBy(() -> NotificationTemplateCreateParams.builder().name("x").channel(NotificationChannel.SMS)
                .build()).isInstanceOf(NullPointerException.class).hasMessageContaining("body");
        assertThatThrownBy(() -> NotificationTemplateCreateParams.builder().name("x")
                .channel(NotificationChannel.UNKNOWN).body("Hi").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel");
    }

    @Test
    void a_template_name_taken_is_a_conflict_and_a_bad_text_a_validation_exception() {
        api.stubFor(post(TEMPLATES).withRequestBody(matching(".*\"taken\".*")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("CONFLICT", "A notification template with this name already exists",
                        "[{\"field\":\"name\",\"message\":\"already exists\"}]", "req_409"))));
        api.stubFor(post(TEMPLATES).withRequestBody(matching(".*\"broken\".*")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("VALIDATION_ERROR", "The request has 1 invalid field",
                        "[{\"field\":\"subject\",\"message\":\"an e-mail needs a subject\"}]", "req_400"))));

        assertThatThrownBy(() -> client().notifications().createTemplate(NotificationTemplateCreateParams.builder()
                .name("taken").channel(NotificationChannel.PUSH).body("Hi").build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> client().notifications().createTemplate(NotificationTemplateCreateParams.builder()
                .name("broken").channel(NotificationChannel.EMAIL).body("Hi").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.requestId()).isEqualTo("req_400");
                    assertThat(e.details()).containsExactly(new ErrorDetail("subject", "an e-mail needs a subject"));
                });
    }

    @Test
    void retrieve_template_reads_it_and_a_missing_one_is_not_found() {
        api.stubFor(get(TEMPLATE).willReturn(okJson(Fixtures.notificationTemplate("ntt_1", "release-out", 3))
                .withHeader("ETag", "\"3\"")));
        api.stubFor(get(TEMPLATES + "/ntt_404").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("NOT_FOUND", "Notification template ntt_404 not found", "[]", "req_404"))));

        NotificationTemplate template = client().notifications().retrieveTemplate("ntt_1");

        assertThat(template.name()).isEqualTo("release-out");
        assertThat(template.channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(template.version()).isEqualTo(3);
        assertThat(template.toString()).contains("ntt_1", "release-out", "EMAIL");
        api.verify(getRequestedFor(urlEqualTo(TEMPLATE)).withHeader("If-None-Match", absent()));
        assertThatThrownBy(() -> client().notifications().retrieveTemplate("ntt_404"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> client().notifications().retrieveTemplate(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retrieve_template_if_modified_sends_if_none_match_and_is_empty_on_304() {
        api.stubFor(get(TEMPLATE).withHeader("If-None-Match", equalTo("\"3\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"3\"")));
        api.stubFor(get(TEMPLATE).withHeader("If-None-Match", equalTo("\"2\""))
                .willReturn(okJson(Fixtures.notificationTemplate("ntt_1", "release-out", 3))
                        .withHeader("ETag", "\"3\"")));
        SoundportClient client = client();

        Optional<NotificationTemplate> unchanged = client.notifications().retrieveTemplateIfModified("ntt_1", 3);
        assertThat(unchanged).isEmpty();
        assertThat(client.lastResponse().status()).isEqualTo(304);
        assertThat(client.lastResponse().version()).isEqualTo(3L);

        Optional<NotificationTemplate> changed = client.notifications().retrieveTemplateIfModified("ntt_1", 2);
        assertThat(changed).map(NotificationTemplate::version).contains(3L);
        assertThat(client.lastResponse().status()).isEqualTo(200);
        api.verify(2, getRequestedFor(urlEqualTo(TEMPLATE)));
    }

    @Test
    void update_template_sends_the_fields_set_with_if_match_and_a_stale_version_fails() {
        api.stubFor(patch(urlEqualTo(TEMPLATE)).withHeader("If-Match", equalTo("\"1\""))
                .willReturn(okJson(Fixtures.notificationTemplate("ntt_1", "release-out-v2", 2))
                        .withHeader("ETag", "\"2\"")));
        api.stubFor(patch(urlEqualTo(TEMPLATE)).withHeader("If-Match", equalTo("\"7\"")).willReturn(aResponse()
                .withStatus(412).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("PRECONDITION_FAILED", "Notification template ntt_1 is at version 2", "[]",
                        "req_412"))));

        NotificationTemplate changed = client().notifications().updateTemplate("ntt_1",
                NotificationTemplateUpdateParams.builder().name("release-out-v2").body("{{release.title}}: out now")
                        .build(), RequestOptions.builder().ifMatch(1).build());

        assertThat(changed.name()).isEqualTo("release-out-v2");
        assertThat(changed.version()).isEqualTo(2);
        api.verify(patchRequestedFor(urlEqualTo(TEMPLATE)).withHeader("If-Match", equalTo("\"1\""))
                .withHeader("Idempotency-Key", absent())
                .withRequestBody(equalToJson("""
                        {"name":"release-out-v2","body":"{{release.title}}: out now"}
                        """)));
        assertThatThrownBy(() -> client().notifications().updateTemplate("ntt_1",
                NotificationTemplateUpdateParams.builder().subject("New").build(),
                RequestOptions.builder().ifMatch(7).build()))
                .isInstanceOfSatisfying(PreconditionFailedException.class, e -> assertThat(e.status()).isEqualTo(412));
    }

    @Test
    void delete_template_sends_if_match_and_reads_the_204() {
        api.stubFor(delete(TEMPLATE).willReturn(aResponse().withStatus(204)));

        client().notifications().deleteTemplate("ntt_1", RequestOptions.builder().ifMatch(2).build());
        client().notifications().deleteTemplate("ntt_1");

        api.verify(1, deleteRequestedFor(urlEqualTo(TEMPLATE)).withHeader("If-Match", equalTo("\"2\"")));
        api.verify(1, deleteRequestedFor(urlEqualTo(TEMPLATE)).withHeader("If-Match", absent()));
    }

    @Test
    void list_templates_reads_pages_and_auto_paging_follows_the_cursor() {
        api.stubFor(get(urlPathEqualTo(TEMPLATES)).withQueryParam("cursor", absent()).willReturn(okJson("""
                {"data":[%s,%s],"has_more":true,"next_cursor":"cur_2"}
                """.formatted(Fixtures.notificationTemplate("ntt_3", "c", 1),
                Fixtures.notificationTemplate("ntt_2", "b", 1)))));
        api.stubFor(get(urlPathEqualTo(TEMPLATES)).withQueryParam("cursor", equalTo("cur_2")).willReturn(okJson("""
                {"data":[%s],"has_more":false,"next_cursor":null}
                """.formatted(Fixtures.notificationTemplate("ntt_1", "a", 1)))));

        Page<NotificationTemplate> first = client().notifications().listTemplates(ListParams.builder().limit(2).build());

        assertThat(first.hasMore()).isTrue();
        assertThat(first.data()).extracting(NotificationTemplate::id).containsExactly("ntt_3", "ntt_2");
        assertThat(first.autoPagingStream().map(NotificationTemplate::name).toList()).containsExactly("c", "b", "a");
        api.verify(getRequestedFor(urlEqualTo(TEMPLATES + "?limit=2")));
        api.verify(getRequestedFor(urlEqualTo(TEMPLATES + "?limit=2&cursor=cur_2")));
    }

    @Test
    void list_templates_without_params_sends_no_query_and_an_unknown_channel_keeps_its_string() {
        api.stubFor(get(urlPathEqualTo(TEMPLATES)).willReturn(okJson("""
                {"data":[%s],"has_more":false,"next_cursor":null}
                """.formatted(Fixtures.notificationTemplate("ntt_9", "wa", 1).replace("\"EMAIL\"", "\"WHATSAPP\"")))));

        assertThat(client().notifications().listTemplates().data()).singleElement().satisfies(t -> {
            assertThat(t.channel()).isEqualTo(NotificationChannel.UNKNOWN);
            assertThat(t.channelValue()).isEqualTo("WHATSAPP");
        });
        api.verify(getRequestedFor(urlEqualTo(TEMPLATES)));
    }

    @Test
    void opt_outs_are_added_listed_and_removed_with_the_recipient_in_the_body_and_the_query() {
        String optOut = """
                {"channel":"SMS","to":"+442079460958","created_at":"2026-12-03T10:00:00Z"}""";
        api.stubFor(post(NOTIFICATIONS + "/opt-outs").willReturn(okJson(optOut)));
        api.stubFor(get(urlPathEqualTo(NOTIFICATIONS + "/opt-outs")).willReturn(okJson(
                "{\"data\":[" + optOut + "],\"has_more\":false,\"next_cursor\":null}")));
        api.stubFor(delete(urlPathEqualTo(NOTIFICATIONS + "/opt-outs")).willReturn(aResponse().withStatus(204)));

        NotificationOptOut added = client().notifications().optOut(NotificationChannel.SMS, "+44 20 7946 0958");
        Page<NotificationOptOut> page = client().notifications().listOptOuts(NotificationOptOutListParams.builder()
                .channel(NotificationChannel.SMS).limit(5).build());
        client().notifications().removeOptOut(NotificationChannel.SMS, "+44 20 7946 0958");

        assertThat(added.channel()).isEqualTo(NotificationChannel.SMS);
        assertThat(added.to()).isEqualTo("+442079460958");
        assertThat(added.createdAt()).isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
        assertThat(added.toString()).doesNotContain("7946");
        assertThat(page.data()).containsExactly(added);
        api.verify(postRequestedFor(urlEqualTo(NOTIFICATIONS + "/opt-outs"))
                .withRequestBody(equalToJson("{\"channel\":\"SMS\",\"to\":\"+44 20 7946 0958\"}")));
        api.verify(getRequestedFor(urlEqualTo(NOTIFICATIONS + "/opt-outs?channel=SMS&limit=5")));
        api.verify(deleteRequestedFor(urlPathEqualTo(NOTIFICATIONS + "/opt-outs"))
                .withQueryParam("channel", equalTo("SMS")).withQueryParam("to", equalTo("+44 20 7946 0958")));
    }

    @Test
    void removing_a_recipient_not_on_the_list_is_not_found_and_a_missing_recipient_is_refused_before_sending() {
        api.stubFor(delete(urlPathEqualTo(NOTIFICATIONS + "/opt-outs")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"code":"NOT_FOUND","message":"Opt-out of email:a***@example.com does not exist",
                        "details":[],"request_id":"req_1"}}""")));

        assertThatThrownBy(() -> client().notifications().removeOptOut(NotificationChannel.EMAIL, "ada@example.com"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client().notifications().optOut(NotificationChannel.EMAIL, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> client().notifications().optOut(NotificationChannel.UNKNOWN, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
