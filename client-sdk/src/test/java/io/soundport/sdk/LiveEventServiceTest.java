package io.soundport.sdk;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.sdk.model.LiveEvent;
import io.soundport.sdk.model.LiveEventStatus;
import io.soundport.sdk.param.LiveEventCreateParams;
import io.soundport.sdk.param.LiveEventListParams;
import io.soundport.sdk.param.LiveEventUpdateParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.OffsetDateTime;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code client.liveEvents()} against WireMock: the requests it sends and how it reads the answers. */
class LiveEventServiceTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String EVENTS = "/api/v1/events";

    private static String event(String status) {
        return """
                {"id":"lve_1","title":"Night Drive live","description":null,"date":"2027-06-12T20:00:00+02:00",
                 "location":"Paradiso, Amsterdam","capacity":1500,"organizer":"Analytical Records","status":"%s",
                 "created_at":"2026-12-04T09:30:00Z","updated_at":"2026-12-04T09:30:00Z","version":2}"""
                .formatted(status);
    }

    private SoundportClient client() {
        return SoundportClient.builder().baseUrl(api.baseUrl()).apiKey("sk_test_key").readTimeout(Duration.ofSeconds(5))
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build();
    }

    @Test
    void create_posts_the_date_with_its_offset_and_reads_the_event_keeping_the_venue_offset() {
        api.stubFor(post(EVENTS).willReturn(okJson(event("SCHEDULED")).withStatus(201)));

        LiveEvent created = client().liveEvents().create(LiveEventCreateParams.builder().title("Night Drive live")
                .date(OffsetDateTime.parse("2027-06-12T20:00:00+02:00")).location("Paradiso, Amsterdam")
                .capacity(1500).status(LiveEventStatus.SCHEDULED).build());

        api.verify(postRequestedFor(urlEqualTo(EVENTS)).withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("""
                        {"title":"Night Drive live","date":"2027-06-12T20:00:00+02:00",
                         "location":"Paradiso, Amsterdam","capacity":1500,"status":"SCHEDULED"}""")));
        assertThat(created.date()).isEqualTo(OffsetDateTime.parse("2027-06-12T20:00:00+02:00"));
        assertThat(created.date().getOffset().getTotalSeconds()).isEqualTo(7200);
        assertThat(created.status()).isEqualTo(LiveEventStatus.SCHEDULED);
        assertThat(created.capacity()).isEqualTo(1500);
    }

    @Test
    void list_sends_the_status_and_the_date_range_and_an_unknown_status_reads_as_unknown() {
        api.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(okJson("{\"data\":[" + event("SOLD_OUT")
                + "],\"has_more\":false,\"next_cursor\":null}")));

        var page = client().liveEvents().list(LiveEventListParams.builder().status(LiveEventStatus.POSTPONED)
                .from(OffsetDateTime.parse("2027-06-01T00:00:00+02:00")).limit(10).build());

        api.verify(getRequestedFor(urlPathEqualTo(EVENTS)).withQueryParam("status", equalTo("POSTPONED"))
                .withQueryParam("from", equalTo("2027-06-01T00:00:00+02:00"))
                .withQueryParam("limit", equalTo("10")));
        LiveEvent read = page.data().get(0);
        assertThat(read.status()).isEqualTo(LiveEventStatus.UNKNOWN);
        assertThat(read.statusValue()).isEqualTo("SOLD_OUT");
        assertThatThrownBy(() -> LiveEventUpdateParams.builder().status(LiveEventStatus.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replace_puts_and_update_patches_with_if_match() {
        api.stubFor(put(urlEqualTo(EVENTS + "/lve_1")).withHeader("If-Match", equalTo("\"1\""))
                .withRequestBody(equalToJson("{\"title\":\"New\",\"date\":\"2027-09-01T20:00:00Z\","
                        + "\"location\":\"Paradiso\"}"))
                .willReturn(okJson(event("SCHEDULED"))));
        api.stubFor(patch(urlEqualTo(EVENTS + "/lve_1")).withHeader("If-Match", equalTo("\"2\""))
                .withRequestBody(equalToJson("{\"status\":\"CANCELLED\"}"))
                .willReturn(okJson(event("CANCELLED"))));

        LiveEvent replaced = client().liveEvents().replace("lve_1", LiveEventCreateParams.builder().title("New")
                .date(OffsetDateTime.parse("2027-09-01T20:00:00Z")).location("Paradiso").build(),
                RequestOptions.builder().ifMatch(1).build());
        LiveEvent cancelled = client().liveEvents().update("lve_1", LiveEventUpdateParams.builder()
                .status(LiveEventStatus.CANCELLED).build(), RequestOptions.builder().ifMatch(2).build());

        assertThat(replaced.status()).isEqualTo(LiveEventStatus.SCHEDULED);
        assertThat(cancelled.status()).isEqualTo(LiveEventStatus.CANCELLED);
    }
}
