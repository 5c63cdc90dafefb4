package io.soundport.sdk;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.sdk.model.Campaign;
import io.soundport.sdk.model.CampaignGoal;
import io.soundport.sdk.model.CampaignStatus;
import io.soundport.sdk.model.GoalMetric;
import io.soundport.sdk.model.Money;
import io.soundport.sdk.param.CampaignCreateParams;
import io.soundport.sdk.param.CampaignListParams;
import io.soundport.sdk.param.CampaignUpdateParams;
import io.soundport.sdk.param.MetaCampaignObjective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code client.campaigns()} against WireMock: the requests it sends and how it reads the answers. */
class CampaignServiceTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String CAMPAIGNS = "/api/v1/campaigns";

    private static String campaign(String status) {
        return """
                {"id":"cmp_1","name":"Night Drive launch","objective":"OUTCOME_AWARENESS","release_id":"rel_1",
                 "track_id":null,"budget":{"amount":"250.50","currency":"EUR"},"daily_budget":null,
                 "start_date":"2027-03-01","end_date":"2027-03-31","audience_ids":["aun_1"],
                 "ad_account_id":"act_1000000001","goal":{"metric":"CLICKS","target":5000},"status":"%s",
                 "meta_campaign_id":"120210000000000001","metrics":{"spend":{"amount":"12.34","currency":"EUR"},
                 "impressions":1000,"reach":800,"clicks":20,"conversions":1,"as_of":"2027-03-02T10:00:00Z"},
                 "budget_warned":false,"goal_reached":false,"created_at":"2026-12-04T09:30:00Z",
                 "updated_at":"2026-12-04T09:30:00Z","version":3}""".formatted(status);
    }

    private SoundportClient client() {
        return SoundportClient.builder().baseUrl(api.baseUrl()).apiKey("sk_test_key").readTimeout(Duration.ofSeconds(5))
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build();
    }

    @Test
    void create_posts_exact_amounts_in_snake_case_and_reads_the_campaign_and_its_metrics() {
        api.stubFor(post(CAMPAIGNS).willReturn(okJson(campaign("DRAFT")).withStatus(201)));

        Campaign created = client().campaigns().create(CampaignCreateParams.builder().name("Night Drive launch")
                .objective(MetaCampaignObjective.OUTCOME_AWARENESS).releaseId("rel_1")
                .budget(Money.of("250.50", "EUR")).startDate(LocalDate.of(2027, 3, 1))
                .endDate(LocalDate.of(2027, 3, 31)).audienceIds(List.of("aun_1")).adAccountId("act_1000000001")
                .goal(CampaignGoal.of(GoalMetric.CLICKS, 5000)).build());

        api.verify(postRequestedFor(urlEqualTo(CAMPAIGNS)).withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("""
                        {"name":"Night Drive launch","objective":"OUTCOME_AWARENESS","release_id":"rel_1",
                         "budget":{"amount":"250.50","currency":"EUR"},"start_date":"2027-03-01",
                         "end_date":"2027-03-31","audience_ids":["aun_1"],"ad_account_id":"act_1000000001",
                         "goal":{"metric":"CLICKS","target":5000}}""")));
        assertThat(created.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(created.budget().amount()).isEqualTo(new BigDecimal("250.50"));
        assertThat(created.metrics().spend().amount()).isEqualTo(new BigDecimal("12.34"));
        assertThat(created.metrics().clicks()).isEqualTo(20);
        assertThat(created.goal().metric()).isEqualTo(GoalMetric.CLICKS);
        assertThatThrownBy(() -> CampaignCreateParams.builder().name("x")
                .objective(MetaCampaignObjective.OUTCOME_TRAFFIC).releaseId("rel_1").trackId("trk_1")
                .budget(Money.of("1", "EUR")).startDate(LocalDate.of(2027, 3, 1)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void launch_and_pause_post_with_if_match_and_an_idempotency_key() {
        api.stubFor(post(CAMPAIGNS + "/cmp_1/launch").withHeader("If-Match", equalTo("\"3\""))
                .willReturn(okJson(campaign("ACTIVE"))));
        api.stubFor(post(CAMPAIGNS + "/cmp_1/pause").willReturn(okJson(campaign("PAUSED"))));

        assertThat(client().campaigns().launch("cmp_1", RequestOptions.builder().ifMatch(3).build()).status())
                .isEqualTo(CampaignStatus.ACTIVE);
        assertThat(client().campaigns().pause("cmp_1").status()).isEqualTo(CampaignStatus.PAUSED);
        api.verify(postRequestedFor(urlEqualTo(CAMPAIGNS + "/cmp_1/pause"))
                .withHeader("Idempotency-Key", matching(".+")));
    }

    @Test
    void update_archives_and_list_filters_and_an_unknown_status_reads_as_unknown() {
        api.stubFor(patch(urlEqualTo(CAMPAIGNS + "/cmp_1")).withRequestBody(equalToJson("{\"status\":\"ARCHIVED\","
                + "\"end_date\":\"\"}")).willReturn(okJson(campaign("ARCHIVED"))));
        api.stubFor(get(urlPathEqualTo(CAMPAIGNS)).willReturn(okJson("{\"data\":[" + campaign("SCHEDULED")
                + "],\"has_more\":false,\"next_cursor\":null}")));

        assertThat(client().campaigns().update("cmp_1", CampaignUpdateParams.builder().endDate("").archive().build())
                .status()).isEqualTo(CampaignStatus.ARCHIVED);
        Campaign read = client().campaigns().list(CampaignListParams.builder().status(CampaignStatus.ACTIVE)
                .q("night").limit(5).build()).data().get(0);

        api.verify(getRequestedFor(urlPathEqualTo(CAMPAIGNS)).withQueryParam("status", equalTo("ACTIVE"))
                .withQueryParam("q", equalTo("night")).withQueryParam("limit", equalTo("5")));
        assertThat(read.status()).isEqualTo(CampaignStatus.UNKNOWN);
        assertThat(read.statusValue()).isEqualTo("SCHEDULED");
        assertThatThrownBy(() -> CampaignUpdateParams.builder().status("ACTIVE").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CampaignListParams.builder().status(CampaignStatus.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
