package io.soundport.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.soundport.sdk.exception.ReconnectRequiredException;
import io.soundport.sdk.model.MetaAdAccountStatus;
import io.soundport.sdk.model.MetaCampaign;
import io.soundport.sdk.model.MetaCampaignStatus;
import io.soundport.sdk.model.MetaInsights;
import io.soundport.sdk.model.Money;
import io.soundport.sdk.param.MetaAudiencePerson;
import io.soundport.sdk.param.MetaCampaignCreateParams;
import io.soundport.sdk.param.MetaCampaignListParams;
import io.soundport.sdk.param.MetaCampaignObjective;
import io.soundport.sdk.param.MetaConversionEvent;
import io.soundport.sdk.param.MetaConversionsParams;
import io.soundport.sdk.param.MetaInsightsParams;
import io.soundport.sdk.param.MetaUserData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code client.meta()} against WireMock: the requests it sends, how it reads the server's answers (the shapes of
 * {@code MetaViews}), exact amounts, and the params it refuses before sending.
 */
class MetaServiceTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String META = "/api/v1/meta";
    private static final String ACCESS = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfMSJ9.c2lnbmVk";

    private SoundportClient client() {
        return SoundportClient.builder().baseUrl(api.baseUrl()).tokens(ACCESS, "rt_1")
                .readTimeout(Duration.ofSeconds(5)).retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build();
    }

    private static LoggedRequest last() {
        List<LoggedRequest> all = api.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
        return all.get(all.size() - 1);
    }

    @Test
    void ad_accounts_and_a_page_of_campaigns_read_with_exact_budgets_and_their_statuses() {
        api.stubFor(get(META + "/accounts").willReturn(okJson("""
                {"data":[{"id":"act_1","name":"Label","currency":"EUR","status":"ACTIVE"},
                         {"id":"act_2","name":"Old","currency":"USD","status":"SUSPENDED_FOREVER"}],"truncated":false}
                """)));
        api.stubFor(get(urlPathEqualTo(META + "/campaigns")).willReturn(okJson("""
                {"data":[{"id":"120","ad_account_id":"act_1","name":"Launch","objective":"OUTCOME_TRAFFIC",
                          "status":"PAUSED","daily_budget":{"amount":"12.30","currency":"EUR"},
                          "created_time":"2026-03-01T12:00:00Z"}],"has_more":true,"next_cursor":"abc"}
                """)));

        var accounts = client().meta().adAccounts();
        assertThat(accounts.data().get(0).status()).isEqualTo(MetaAdAccountStatus.ACTIVE);
        assertThat(accounts.data().get(1).status()).isEqualTo(MetaAdAccountStatus.UNKNOWN);
        assertThat(accounts.data().get(1).statusValue()).isEqualTo("SUSPENDED_FOREVER");

        Page<MetaCampaign> page = client().meta().listCampaigns(new MetaCampaignListParams("act_1", 10, null));
        MetaCampaign campaign = page.data().get(0);
        assertThat(last().queryParameter("ad_account_id").firstValue()).isEqualTo("act_1");
        assertThat(last().queryParameter("limit").firstValue()).isEqualTo("10");
        assertThat(campaign.dailyBudget()).isEqualTo(new Money(new BigDecimal("12.30"), "EUR"));
        assertThat(campaign.status()).isEqualTo(MetaCampaignStatus.PAUSED);
        assertThat(page.nextCursor()).isEqualTo("abc");
    }

    @Test
    void a_campaign_is_created_with_an_idempotency_key_and_its_budget_as_an_exact_amount() throws Exception {
        api.stubFor(post(META + "/campaigns").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"121","ad_account_id":"act_1","name":"Launch","objective":"OUTCOME_SALES",
                         "status":"ACTIVE","daily_budget":{"amount":"25.00","currency":"EUR"}}
                        """)));

        MetaCampaign created = client().meta().createCampaign(MetaCampaignCreateParams.builder().adAccountId("act_1")
                .name("Launch").objective(MetaCampaignObjective.OUTCOME_SALES).status(MetaCampaignStatus.ACTIVE)
                .dailyBudget(Money.of("25.00", "EUR")).build());

        assertThat(created.id()).isEqualTo("121");
        LoggedRequest sent = last();
        assertThat(sent.getHeader("Idempotency-Key")).isNotBlank();
        JsonNode body = Json.MAPPER.readTree(sent.getBodyAsString());
        assertThat(body.path("ad_account_id").asText()).isEqualTo("act_1");
        assertThat(body.path("objective").asText()).isEqualTo("OUTCOME_SALES");
        assertThat(sent.getBodyAsString()).as("the amount as given, to the cent")
                .contains("\"daily_budget\":{\"amount\":\"25.00\",\"currency\":\"EUR\"}");
        assertThat(body.has("lifetime_budget")).isFalse();
    }

    @Test
    void insights_ask_for_the_period_increment_and_breakdowns_and_read_exact_decimals() {
        api.stubFor(get(urlPathEqualTo(META + "/campaigns/121/insights")).willReturn(okJson("""
                {"currency":"EUR","truncated":false,"data":[{"date_start":"2026-03-01","date_stop":"2026-03-01",
                 "impressions":2562,"reach":2101,"clicks":41,"spend":"20.02","conversions":"3","cpm":"7.814208",
                 "ctr":"1.600312","cpc":"0.488293","breakdowns":{"gender":"female"}}]}
                """)));

        MetaInsights insights = client().meta().campaignInsights("121", MetaInsightsParams.between(
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-07")).daily().by("age", "gender"));

        LoggedRequest sent = last();
        assertThat(sent.queryParameter("from").firstValue()).isEqualTo("2026-03-01");
        assertThat(sent.queryParameter("to").firstValue()).isEqualTo("2026-03-07");
        assertThat(sent.queryParameter("time_increment").firstValue()).isEqualTo("1");
        assertThat(sent.queryParameter("breakdowns").firstValue()).isEqualTo("age,gender");
        var row = insights.data().get(0);
        assertThat(row.spend()).isEqualTo(new BigDecimal("20.02"));
        assertThat(row.cpm()).isEqualTo(new BigDecimal("7.814208"));
        assertThat(row.breakdowns()).containsEntry("gender", "female");
    }

    @Test
    void conversions_and_audience_people_go_as_given_for_the_server_to_hash_and_never_show_in_text() throws Exception {
        api.stubFor(post(META + "/conversions").willReturn(okJson("{\"events_received\":1,\"fbtrace_id\":\"AbC\"}")));
        api.stubFor(post(META + "/audiences/238/users").willReturn(okJson(
                "{\"received\":2,\"invalid\":0,\"requests\":1}")));
        MetaUserData fan = MetaUserData.builder().email("fan@example.com").client("203.0.113.7", "Mozilla/5.0")
                .build();
        MetaConversionEvent purchase = MetaConversionEvent.of("Purchase", Instant.ofEpochSecond(1773144000L),
                "order-1", "website", fan).worth(Money.of("19.99", "EUR"));

        var received = client().meta().sendConversions(new MetaConversionsParams("1000", null, List.of(purchase)));

        assertThat(received.eventsReceived()).isEqualTo(1);
        assertThat(received.fbtraceId()).isEqualTo("AbC");
        JsonNode event = Json.MAPPER.readTree(last().getBodyAsString()).path("events").get(0);
        assertThat(event.path("event_time").asLong()).isEqualTo(1773144000L);
        assertThat(event.path("user_data").path("email").asText()).isEqualTo("fan@example.com");
        assertThat(event.path("user_data").path("client_user_agent").asText()).isEqualTo("Mozilla/5.0");
        assertThat(last().getBodyAsString()).contains("\"value\":{\"amount\":\"19.99\",\"currency\":\"EUR\"}");
        assertThat(fan.toString() + purchase).doesNotContain("fan@example.com");

        var added = client().meta().addAudienceUsers("238", List.of(MetaAudiencePerson.email("a@example.com"),
                MetaAudiencePerson.phone("+33 6 12 34 56 78")));
        assertThat(added.received()).isEqualTo(2);
        JsonNode users = Json.MAPPER.readTree(last().getBodyAsString()).path("users");
        assertThat(users.get(1).path("phone").asText()).isEqualTo("+33 6 12 34 56 78");
        assertThat(users.get(1).has("email")).isFalse();
        assertThat(MetaAudiencePerson.email("a@example.com").toString()).doesNotContain("a@example.com");
    }

    @Test
    void a_refused_grant_is_a_reconnect_required_and_params_refuse_unknown_or_two_budgets() {
        api.stubFor(get(urlPathEqualTo(META + "/campaigns/9")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("RECONNECT_REQUIRED", "Connect meta again", "[]", "req_1"))));

        assertThatThrownBy(() -> client().meta().retrieveCampaign("9")).isInstanceOf(ReconnectRequiredException.class);
        assertThatThrownBy(() -> MetaCampaignCreateParams.builder().adAccountId("act_1").name("x")
                .objective(MetaCampaignObjective.UNKNOWN).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("objective");
        assertThatThrownBy(() -> MetaCampaignCreateParams.builder().adAccountId("act_1").name("x")
                .objective(MetaCampaignObjective.OUTCOME_SALES).dailyBudget(Money.of("1", "EUR"))
                .lifetimeBudget(Money.of("9", "EUR")).build()).isInstanceOf(IllegalArgumentException.class);
    }
}
