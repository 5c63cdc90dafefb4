package io.soundport.sdk;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.ErrorDetail;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Delivery;
import io.soundport.sdk.model.DeliveryAttempt;
import io.soundport.sdk.model.DeliveryKind;
import io.soundport.sdk.model.DeliveryStatus;
import io.soundport.sdk.model.DeliveryStatusSummary;
import io.soundport.sdk.model.PartnerDeliveryStatus;
import io.soundport.sdk.model.ReleaseStatus;
import io.soundport.sdk.param.DeliveryCreateParams;
import io.soundport.sdk.param.DeliveryListParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

/** {@code client.deliveries()} against WireMock: the requests it sends and how it reads the server's answers. */
class DeliveryServiceTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String RELEASE_DELIVERIES = "/api/v1/releases/rel_1/deliveries";
    private static final String DELIVERIES = "/api/v1/deliveries";

    private SoundportClient client() {
        return SoundportClient.builder().baseUrl(api.baseUrl()).apiKey("sk_test_key").readTimeout(Duration.ofSeconds(5))
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build();
    }

    @Test
    void create_posts_the_partner_ids_and_reads_one_queued_delivery_per_partner() {
        api.stubFor(post(RELEASE_DELIVERIES).willReturn(okJson("""
                {"data":[%s,%s]}
                """.formatted(Fixtures.queuedDelivery("dlv_1", "ptn_1"), Fixtures.queuedDelivery("dlv_2", "ptn_2")))
                .withStatus(201)));

        List<Delivery> queued = client().deliveries().create("rel_1",
                DeliveryCreateParams.builder().partnerIds("ptn_1", "ptn_2").build(),
                RequestOptions.builder().idempotencyKey("deliver-rel_1").build());

        assertThat(queued).extracting(Delivery::id).containsExactly("dlv_1", "dlv_2");
        assertThat(queued).extracting(Delivery::partnerId).containsExactly("ptn_1", "ptn_2");
        assertThat(queued).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.QUEUED);
            assertThat(d.kind()).isEqualTo(DeliveryKind.DELIVERY);
            assertThat(d.releaseId()).isEqualTo("rel_1");
            assertThat(d.attempts()).isEmpty();
            assertThat(d.nextAttemptAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
        });
        api.verify(postRequestedFor(urlEqualTo(RELEASE_DELIVERIES))
                .withHeader("Idempotency-Key", equalTo("deliver-rel_1"))
                .withRequestBody(equalToJson("""
                        {"partner_ids":["ptn_1","ptn_2"]}
                        """)));
    }

    @Test
    void a_release_that_cannot_be_delivered_is_a_conflict_naming_the_field() {
        api.stubFor(post(RELEASE_DELIVERIES).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("CONFLICT", "Release rel_1 cannot be delivered yet",
                        "[{\"field\":\"upc\",\"message\":\"a release needs a UPC to be delivered\"}]", "req_409"))));

        assertThatThrownBy(() -> client().deliveries().create("rel_1",
                DeliveryCreateParams.builder().partnerIds("ptn_1").build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.detail("upc")).isEqualTo("a release needs a UPC to be delivered");
                });
        api.verify(1, postRequestedFor(urlEqualTo(RELEASE_DELIVERIES)));
    }

    @Test
    void a_malformed_partner_id_is_a_validation_exception_naming_its_index() {
        api.stubFor(post(RELEASE_DELIVERIES).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("VALIDATION_ERROR", "The request has 1 invalid field",
                        "[{\"field\":\"partner_ids[0]\",\"message\":\"is not a partner id\"}]", "req_400"))));

        assertThatThrownBy(() -> client().deliveries().create("rel_1",
                DeliveryCreateParams.builder().partnerIds("nope").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.details()).containsExactly(new ErrorDetail("partner_ids[0]", "is not a partner id"));
                });
        assertThatThrownBy(() -> DeliveryCreateParams.builder().build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("partner_ids");
    }

    @Test
    void retrieve_reads_every_attempt() {
        api.stubFor(get(DELIVERIES + "/dlv_1").willReturn(okJson(Fixtures.delivery("dlv_1", "ptn_1", "DELIVERED"))));

        Delivery delivery = client().deliveries().retrieve("dlv_1");

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.partnerReference()).isEqualTo("ext-123");
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(delivery.attempts()).containsExactly(
                new DeliveryAttempt(1, Instant.parse("2026-01-05T10:00:01Z"), false, "HTTP 500", null, 120),
                new DeliveryAttempt(2, Instant.parse("2026-01-05T10:00:31Z"), true, null, "ext-123", 85));
    }

    @Test
    void list_sends_the_filters_in_snake_case_and_auto_paging_keeps_them() {
        api.stubFor(get(urlPathEqualTo(DELIVERIES)).withQueryParam("cursor", absent()).willReturn(okJson("""
                {"data":[%s],"has_more":true,"next_cursor":"cur_2"}
                """.formatted(Fixtures.delivery("dlv_2", "ptn_1", "FAILED")))));
        api.stubFor(get(urlPathEqualTo(DELIVERIES)).withQueryParam("cursor", equalTo("cur_2")).willReturn(okJson("""
                {"data":[%s],"has_more":false,"next_cursor":null}
                """.formatted(Fixtures.delivery("dlv_1", "ptn_1", "FAILED")))));

        Page<Delivery> first = client().deliveries().list(DeliveryListParams.builder().releaseId("rel_1")
                .partnerId("ptn_1").status(DeliveryStatus.FAILED).limit(1).build());

        assertThat(first.hasMore()).isTrue();
        assertThat(first.autoPagingStream().map(Delivery::id).toList()).containsExactly("dlv_2", "dlv_1");
        api.verify(getRequestedFor(urlEqualTo(DELIVERIES + "?release_id=rel_1&partner_id=ptn_1&status=FAILED&limit=1")));
        api.verify(getRequestedFor(urlEqualTo(
                DELIVERIES + "?release_id=rel_1&partner_id=ptn_1&status=FAILED&limit=1&cursor=cur_2")));
    }

    @Test
    void retry_posts_to_its_action_and_a_delivery_not_failed_is_a_conflict() {
        api.stubFor(post(DELIVERIES + "/dlv_1/retry").willReturn(okJson(Fixtures.queuedDelivery("dlv_1", "ptn_1"))));
        api.stubFor(post(DELIVERIES + "/dlv_2/retry").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("CONFLICT", "Delivery dlv_2 is DELIVERED; only a FAILED delivery can be retried",
                        "[]", "req_409"))));

        assertThat(client().deliveries().retry("dlv_1").status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThatThrownBy(() -> client().deliveries().retry("dlv_2"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("only a FAILED delivery");
        api.verify(postRequestedFor(urlEqualTo(DELIVERIES + "/dlv_1/retry")).withHeader("Idempotency-Key", matching(".+")));
        api.verify(1, postRequestedFor(urlEqualTo(DELIVERIES + "/dlv_2/retry")));
    }

    @Test
    void status_reads_the_counts_and_the_latest_delivery_per_partner() {
        api.stubFor(get(urlPathEqualTo("/api/v1/delivery-status")).willReturn(okJson("""
                {"release_id":"rel_1","release_status":"DELIVERED",
                 "counts":{"QUEUED":0,"IN_PROGRESS":0,"RETRYING":0,"DELIVERED":2,"FAILED":1},
                 "partners":[
                   {"partner_id":"ptn_1","delivery_id":"dlv_3","kind":"DELIVERY","status":"DELIVERED",
                    "partner_reference":"ext-123","updated_at":"2026-01-05T10:01:00Z"},
                   {"partner_id":"ptn_2","delivery_id":"dlv_2","kind":"DELIVERY","status":"DELIVERED",
                    "partner_reference":"streamly/dlv_2","updated_at":"2026-01-05T10:00:30Z"}]}
                """)));

        DeliveryStatusSummary summary = client().deliveries().status("rel_1");

        assertThat(summary.releaseId()).isEqualTo("rel_1");
        assertThat(summary.releaseStatus()).isEqualTo(ReleaseStatus.DELIVERED);
        assertThat(summary.counts()).containsEntry("DELIVERED", 2).containsEntry("FAILED", 1).hasSize(5);
        assertThat(summary.count("DELIVERED")).isEqualTo(2);
        assertThat(summary.count("TAKEN_DOWN")).isZero();
        assertThat(summary.partners()).containsExactly(
                new PartnerDeliveryStatus("ptn_1", "dlv_3", "DELIVERY", "DELIVERED", "ext-123",
                        Instant.parse("2026-01-05T10:01:00Z")),
                new PartnerDeliveryStatus("ptn_2", "dlv_2", "DELIVERY", "DELIVERED", "streamly/dlv_2",
                        Instant.parse("2026-01-05T10:00:30Z")));
        api.verify(getRequestedFor(urlEqualTo("/api/v1/delivery-status?release_id=rel_1")));
        assertThatThrownBy(() -> client().deliveries().status(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
