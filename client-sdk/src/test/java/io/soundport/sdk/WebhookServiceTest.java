package io.soundport.sdk;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.sdk.event.Event;
import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.ErrorDetail;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.EventType;
import io.soundport.sdk.model.WebhookAttempt;
import io.soundport.sdk.model.WebhookEndpoint;
import io.soundport.sdk.model.WebhookEndpointWithSecret;
import io.soundport.sdk.model.WebhookMessage;
import io.soundport.sdk.model.WebhookMessageStatus;
import io.soundport.sdk.param.ListParams;
import io.soundport.sdk.param.WebhookCreateParams;
import io.soundport.sdk.param.WebhookUpdateParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

/** {@code client.webhooks()} against WireMock: the requests it sends and how it reads the server's answers. */
class WebhookServiceTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final String WEBHOOK = "/api/v1/webhooks/whk_1";
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private SoundportClient client() {
        return SoundportClient.builder().baseUrl(api.baseUrl()).apiKey("sk_test_key").readTimeout(Duration.ofSeconds(5))
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build();
    }

    private static WebhookCreateParams catalogSync() {
        return WebhookCreateParams.builder().url("https://hooks.example.com/soundport")
                .events("release.created", "release.submitted").description("Catalog sync").build();
    }

    @Test
    void create_sends_the_params_in_snake_case_with_an_idempotency_key_and_answers_the_secret_once() {
        api.stubFor(post(WEBHOOKS).willReturn(okJson(Fixtures.webhookEndpointWithSecret("whk_1", SECRET, null, 1))
                .withStatus(201).withHeader("Location", WEBHOOK).withHeader("ETag", "\"1\"")));

        WebhookEndpointWithSecret created = client().webhooks().create(catalogSync());

        assertThat(created.id()).isEqualTo("whk_1");
        assertThat(created.secret()).isEqualTo(SECRET);
        assertThat(created.url()).isEqualTo("https://hooks.example.com/soundport");
        assertThat(created.events()).containsExactly("release.created", "release.submitted");
        assertThat(created.active()).isTrue();
        assertThat(created.previousSecretExpiresAt()).isNull();
        assertThat(created.createdAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.toString()).contains("whk_1").doesNotContain(SECRET).doesNotContain("whsec_");
        // active is left out when unset: the server's default (true) applies
        api.verify(postRequestedFor(urlEqualTo(WEBHOOKS))
                .withHeader("Idempotency-Key", matching(".+"))
                .withHeader("X-API-Key", equalTo("sk_test_key"))
                .withRequestBody(equalToJson("""
                        {"url":"https://hooks.example.com/soundport","events":["release.created","release.submitted"],
                         "description":"Catalog sync"}
                        """)));
    }

    @Test
    void create_with_all_events_and_switched_off_sends_the_wildcard_and_active_false() {
        api.stubFor(post(WEBHOOKS).willReturn(okJson(Fixtures.webhookEndpointWithSecret("whk_1", SECRET, null, 1))
                .withStatus(201)));

        client().webhooks().create(WebhookCreateParams.builder().url("https://hooks.example.com/soundport")
                .allEvents().active(false).build(), RequestOptions.builder().idempotencyKey("hook-1").build());

        api.verify(postRequestedFor(urlEqualTo(WEBHOOKS)).withHeader("Idempotency-Key", equalTo("hook-1"))
                .withRequestBody(equalToJson("""
                        {"url":"https://hooks.example.com/soundport","events":["*"],"active":false}
                        """)));
    }

    @Test
    void create_params_require_the_url_and_the_events() {
        assertThatThrownBy(() -> WebhookCreateParams.builder().events("release.created").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("url");
        assertThatThrownBy(() -> WebhookCreateParams.builder().url("https://hooks.example.com").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("events");
    }

    @Test
    void a_400_on_the_url_is_a_validation_exception_naming_the_field_and_is_not_retried() {
        api.stubFor(post(WEBHOOKS).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("VALIDATION_ERROR", "The request has 1 invalid field",
                        "[{\"field\":\"url\",\"message\":\"must not point to a private, loopback or link-local address\"}]",
                        "req_url"))));

        assertThatThrownBy(() -> client().webhooks().create(WebhookCreateParams.builder()
                .url("https://169.254.169.254/latest").events("release.created").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("VALIDATION_ERROR");
                    assertThat(e.requestId()).isEqualTo("req_url");
                    assertThat(e.details()).containsExactly(new ErrorDetail("url",
                            "must not point to a private, loopback or link-local address"));
                    assertThat(e.detail("url")).isEqualTo("must not point to a private, loopback or link-local address");
                });
        api.verify(1, postRequestedFor(urlEqualTo(WEBHOOKS)));
    }

    @Test
    void retrieve_reads_an_endpoint_without_a_secret() {
        api.stubFor(get(WEBHOOK).willReturn(okJson("""
                {"id":"whk_1","url":"https://hooks.example.com/soundport","events":["*"],"description":null,
                 "active":false,"disabled_reason":"5 messages in a row failed; re-enable the endpoint once it works",
                 "consecutive_failures":5,"previous_secret_expires_at":"2026-01-06T10:00:00Z",
                 "created_at":"2026-01-05T10:00:00Z","updated_at":"2026-01-05T12:00:00Z","version":4}
                """)));

        WebhookEndpoint endpoint = client().webhooks().retrieve("whk_1");

        assertThat(endpoint.events()).containsExactly("*");
        assertThat(endpoint.description()).isNull();
        assertThat(endpoint.active()).isFalse();
        assertThat(endpoint.disabledReason()).startsWith("5 messages in a row failed");
        assertThat(endpoint.consecutiveFailures()).isEqualTo(5);
        assertThat(endpoint.previousSecretExpiresAt()).isEqualTo(Instant.parse("2026-01-06T10:00:00Z"));
        assertThat(endpoint.updatedAt()).isEqualTo(Instant.parse("2026-01-05T12:00:00Z"));
        assertThat(endpoint.version()).isEqualTo(4);
    }

    @Test
    void update_sends_only_the_fields_set_and_if_match_with_the_version() {
        api.stubFor(patch(urlEqualTo(WEBHOOK)).willReturn(okJson(Fixtures.webhookEndpoint("whk_1",
                "https://hooks.example.com/v2"))));

        WebhookEndpoint updated = client().webhooks().update("whk_1", WebhookUpdateParams.builder()
                .url("https://hooks.example.com/v2").active(true).build(), RequestOptions.builder().ifMatch(4).build());

        assertThat(updated.url()).isEqualTo("https://hooks.example.com/v2");
        api.verify(patchRequestedFor(urlEqualTo(WEBHOOK)).withHeader("If-Match", equalTo("\"4\""))
                .withHeader("Idempotency-Key", absent())
                .withRequestBody(equalToJson("{\"url\":\"https://hooks.example.com/v2\",\"active\":true}")));
    }

    @Test
    void delete_sends_a_delete_and_reads_the_204() {
        api.stubFor(delete(WEBHOOK).willReturn(aResponse().withStatus(204)));

        client().webhooks().delete("whk_1");

        api.verify(1, deleteRequestedFor(urlEqualTo(WEBHOOK)));
    }

    @Test
    void list_reads_pages_and_auto_paging_follows_the_cursor_with_the_same_limit() {
        api.stubFor(get(urlPathEqualTo(WEBHOOKS)).withQueryParam("cursor", absent()).willReturn(okJson("""
                {"data":[%s,%s],"has_more":true,"next_cursor":"cur_2"}
                """.formatted(Fixtures.webhookEndpoint("whk_3", "https://a.example.com"),
                Fixtures.webhookEndpoint("whk_2", "https://b.example.com")))));
        api.stubFor(get(urlPathEqualTo(WEBHOOKS)).withQueryParam("cursor", equalTo("cur_2")).willReturn(okJson("""
                {"data":[%s],"has_more":false,"next_cursor":null}
                """.formatted(Fixtures.webhookEndpoint("whk_1", "https://c.example.com")))));

        Page<WebhookEndpoint> first = client().webhooks().list(ListParams.builder().limit(2).build());

        assertThat(first.data()).extracting(WebhookEndpoint::id).containsExactly("whk_3", "whk_2");
        assertThat(first.hasMore()).isTrue();
        assertThat(first.nextCursor()).isEqualTo("cur_2");
        assertThat(first.autoPagingStream().map(WebhookEndpoint::id).toList())
                .containsExactly("whk_3", "whk_2", "whk_1");
        api.verify(getRequestedFor(urlEqualTo(WEBHOOKS + "?limit=2")));
        api.verify(getRequestedFor(urlEqualTo(WEBHOOKS + "?limit=2&cursor=cur_2")));
        Page<WebhookEndpoint> last = first.nextPage();
        assertThat(last.hasMore()).isFalse();
        assertThat(last.nextCursor()).isNull();
    }

    @Test
    void rotate_secret_posts_to_its_action_and_answers_the_new_secret_and_when_the_old_one_stops() {
        api.stubFor(post(WEBHOOK + "/rotate-secret").willReturn(okJson(Fixtures.webhookEndpointWithSecret("whk_1",
                "whsec_bmV3IHNlY3JldA==", "2026-01-06T10:00:00Z", 2))));

        WebhookEndpointWithSecret rotated = client().webhooks().rotateSecret("whk_1");

        assertThat(rotated.secret()).isEqualTo("whsec_bmV3IHNlY3JldA==");
        assertThat(rotated.previousSecretExpiresAt()).isEqualTo(Instant.parse("2026-01-06T10:00:00Z"));
        assertThat(rotated.version()).isEqualTo(2);
        api.verify(1, postRequestedFor(urlEqualTo(WEBHOOK + "/rotate-secret")));
    }

    @Test
    void test_queues_a_test_event_and_reads_the_202() {
        api.stubFor(post(WEBHOOK + "/test").willReturn(okJson("""
                {"id":"msg_1","endpoint_id":"whk_1","event_id":"evt_9","event_type":"webhook.test","status":"PENDING",
                 "payload":{"id":"evt_9","type":"webhook.test","timestamp":"2026-01-05T10:00:00Z",
                   "data":{"message":"This is a test event from Soundport","endpoint_id":"whk_1"}},
                 "attempts":[],"next_attempt_at":"2026-01-05T10:00:00Z","created_at":"2026-01-05T10:00:00Z",
                 "updated_at":"2026-01-05T10:00:00Z"}
                """).withStatus(202)));

        WebhookMessage message = client().webhooks().test("whk_1");

        assertThat(message.eventType()).isEqualTo(Event.Type.WEBHOOK_TEST);
        assertThat(message.status()).isEqualTo(WebhookMessageStatus.PENDING);
        assertThat(message.attempts()).isEmpty();
        assertThat(message.nextAttemptAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
        assertThat(message.payload()).containsEntry("type", "webhook.test")
                .containsEntry("data", Map.of("message", "This is a test event from Soundport", "endpoint_id", "whk_1"));
    }

    @Test
    void a_message_reads_its_payload_as_a_map_and_every_attempt() {
        api.stubFor(get(WEBHOOK + "/messages/msg_1").willReturn(okJson(Fixtures.webhookMessage("msg_1", "whk_1",
                "SUCCEEDED"))));

        WebhookMessage message = client().webhooks().retrieveMessage("whk_1", "msg_1");

        assertThat(message.id()).isEqualTo("msg_1");
        assertThat(message.endpointId()).isEqualTo("whk_1");
        assertThat(message.eventId()).isEqualTo("evt_1");
        assertThat(message.eventType()).isEqualTo(Event.Type.RELEASE_CREATED);
        assertThat(message.status()).isEqualTo(WebhookMessageStatus.SUCCEEDED);
        assertThat(message.nextAttemptAt()).isNull();
        assertThat(message.updatedAt()).isEqualTo(Instant.parse("2026-01-05T10:05:06Z"));
        assertThat(message.payload()).containsEntry("id", "evt_1").containsEntry("type", "release.created")
                .containsEntry("timestamp", "2026-01-05T10:00:00Z");
        assertThat(message.payload().get("data")).isInstanceOfSatisfying(Map.class, data -> {
            assertThat(data).containsEntry("title", "Night Drive").containsEntry("track_count", 2)
                    .containsEntry("territories", List.of("US", "GB")).containsEntry("upc", null);
        });
        assertThat(message.attempts()).containsExactly(
                new WebhookAttempt(1, Instant.parse("2026-01-05T10:00:01Z"), null, 10_000, "timed out after 10 s"),
                new WebhookAttempt(2, Instant.parse("2026-01-05T10:00:06Z"), 500, 120, "HTTP 500"),
                new WebhookAttempt(3, Instant.parse("2026-01-05T10:05:06Z"), 204, 85, null));
    }

    @Test
    void list_messages_reads_a_page_of_messages_with_their_attempts() {
        api.stubFor(get(urlPathEqualTo(WEBHOOK + "/messages")).willReturn(okJson("""
                {"data":[%s,%s],"has_more":false,"next_cursor":null}
                """.formatted(Fixtures.webhookMessage("msg_2", "whk_1", "FAILED"),
                Fixtures.webhookMessage("msg_1", "whk_1", "SUCCEEDED")))));

        Page<WebhookMessage> page = client().webhooks().listMessages("whk_1", ListParams.builder().limit(10).build());

        assertThat(page.data()).extracting(WebhookMessage::id, WebhookMessage::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("msg_2", WebhookMessageStatus.FAILED),
                        org.assertj.core.groups.Tuple.tuple("msg_1", WebhookMessageStatus.SUCCEEDED));
        assertThat(page.data().get(0).attempts()).hasSize(3);
        assertThat(page.hasMore()).isFalse();
        api.verify(getRequestedFor(urlEqualTo(WEBHOOK + "/messages?limit=10")));
    }

    @Test
    void replay_posts_to_the_message_and_reads_the_202_with_the_attempts_kept() {
        api.stubFor(post(WEBHOOK + "/messages/msg_1/replay").willReturn(okJson(Fixtures.webhookMessage("msg_1",
                "whk_1", "PENDING")).withStatus(202)));

        WebhookMessage replayed = client().webhooks().replayMessage("whk_1", "msg_1");

        assertThat(replayed.id()).isEqualTo("msg_1");
        assertThat(replayed.status()).isEqualTo(WebhookMessageStatus.PENDING);
        assertThat(replayed.attempts()).extracting(WebhookAttempt::number).containsExactly(1, 2, 3);
        api.verify(1, postRequestedFor(urlEqualTo(WEBHOOK + "/messages/msg_1/replay"))
                .withHeader("X-API-Key", equalTo("sk_test_key")));
    }

    @Test
    void replaying_a_message_still_pending_is_a_conflict() {
        api.stubFor(post(WEBHOOK + "/messages/msg_1/replay").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("CONFLICT", "Message msg_1 is still being delivered", "[]", "req_409"))));

        assertThatThrownBy(() -> client().webhooks().replayMessage("whk_1", "msg_1"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Message msg_1 is still being delivered"));
    }

    @Test
    void event_types_are_read_from_the_data_of_the_answer_with_their_examples() {
        api.stubFor(get(WEBHOOKS + "/event-types").willReturn(okJson("""
                {"data":[
                  {"type":"release.created","description":"A release was ingested (DRAFT)",
                   "example":{"id":"rel_1","title":"Night Drive","territories":["US","GB"],"version":1}},
                  {"type":"webhook.test","description":"Sent by POST /webhooks/{id}/test",
                   "example":{"message":"This is a test event from Soundport","endpoint_id":"whk_1"}}]}
                """)));

        List<EventType> types = client().webhooks().eventTypes();

        assertThat(types).extracting(EventType::type).containsExactly(Event.Type.RELEASE_CREATED, Event.Type.WEBHOOK_TEST);
        assertThat(types.get(0).description()).isEqualTo("A release was ingested (DRAFT)");
        assertThat(types.get(0).example()).containsEntry("title", "Night Drive")
                .containsEntry("territories", List.of("US", "GB")).containsEntry("version", 1);
        api.verify(getRequestedFor(urlEqualTo(WEBHOOKS + "/event-types")));
    }

    @Test
    void an_id_must_not_be_blank() {
        assertThatThrownBy(() -> client().webhooks().retrieveMessage("whk_1", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
