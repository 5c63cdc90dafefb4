package io.soundport.adapters.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.soundport.contracts.ClosingReceiver;
import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.ads.ActionSource;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.AdCampaign;
import io.soundport.domain.integrations.ads.AdsList;
import io.soundport.domain.integrations.ads.AdsPageRequest;
import io.soundport.domain.integrations.ads.AdsPlatform;
import io.soundport.domain.integrations.ads.AudienceId;
import io.soundport.domain.integrations.ads.Breakdown;
import io.soundport.domain.integrations.ads.CampaignId;
import io.soundport.domain.integrations.ads.CampaignObjective;
import io.soundport.domain.integrations.ads.CampaignStatus;
import io.soundport.domain.integrations.ads.ConversionBatch;
import io.soundport.domain.integrations.ads.ConversionEvent;
import io.soundport.domain.integrations.ads.ConversionUser;
import io.soundport.domain.integrations.ads.CustomerHash;
import io.soundport.domain.integrations.ads.DatePreset;
import io.soundport.domain.integrations.ads.HashedContact;
import io.soundport.domain.integrations.ads.Insights;
import io.soundport.domain.integrations.ads.InsightsQuery;
import io.soundport.domain.integrations.ads.InsightsRow;
import io.soundport.domain.integrations.ads.NewCampaign;
import io.soundport.domain.integrations.ads.PixelId;
import io.soundport.domain.integrations.ads.UsersAdded;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Money;
import io.soundport.resilience.ProviderPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.soundport.adapters.meta.GraphAdsStub.ACCOUNT;
import static io.soundport.adapters.meta.GraphAdsStub.CAMPAIGN;
import static io.soundport.adapters.meta.GraphAdsStub.TOKEN;
import static io.soundport.adapters.meta.GraphAdsStub.fixture;
import static io.soundport.adapters.meta.GraphAdsStub.json;
import static io.soundport.adapters.meta.GraphAdsStub.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link MetaAdsPlatform} against Graph's recorded answers on WireMock: the requests it sends, the pages it follows,
 * and how each Graph error reaches the core.
 */
class MetaAdsPlatformTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CampaignId KNOWN = CampaignId.of(CAMPAIGN);
    private static final LocalDate SINCE = LocalDate.parse("2024-03-01");
    private static final LocalDate UNTIL = LocalDate.parse("2024-03-07");

    private final GraphAdsStub graph = new GraphAdsStub();
    private final MetaAdsPlatform meta = graph.platform();

    @AfterEach
    void stop() {
        graph.close();
    }

    private static DomainException failure(Runnable call) {
        DomainException e = catchThrowableOfType(DomainException.class, call::run);
        assertThat(e).as("a DomainException").isNotNull();
        assertThat(e.getMessage()).doesNotContain(TOKEN);
        return e;
    }

    private List<LoggedRequest> sent() {
        List<LoggedRequest> requests = new ArrayList<>(graph.server.getAllServeEvents().stream()
                .map(e -> e.getRequest()).toList());
        java.util.Collections.reverse(requests);
        return requests;
    }

    private InsightsQuery daily() {
        return InsightsQuery.between(KNOWN, SINCE, UNTIL, 1, Set.of());
    }

    // --- requests

    @Test
    void every_call_sends_the_token_in_the_header_with_its_appsecret_proof_and_never_in_the_url() throws Exception {
        meta.campaign(TOKEN, KNOWN);

        LoggedRequest request = sent().get(0);
        assertThat(request.getUrl()).startsWith("/v23.0/" + CAMPAIGN + "?").doesNotContain(TOKEN)
                .doesNotContain("access_token");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(GraphAdsStub.APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(request.queryParameter("appsecret_proof").firstValue())
                .isEqualTo(HexFormat.of().formatHex(mac.doFinal(TOKEN.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void insights_ask_for_the_range_as_time_range_the_increment_the_breakdowns_and_the_metrics() {
        meta.insights(TOKEN, daily());
        meta.insights(TOKEN, InsightsQuery.between(KNOWN, SINCE, UNTIL, null, Set.of(Breakdown.AGE,
                Breakdown.GENDER)));

        LoggedRequest perDay = sent().get(0);
        assertThat(perDay.queryParameter("time_range").firstValue())
                .isEqualTo("{\"since\":\"2024-03-01\",\"until\":\"2024-03-07\"}");
        assertThat(perDay.queryParameter("time_increment").firstValue()).isEqualTo("1");
        assertThat(perDay.queryParameter("level").firstValue()).isEqualTo("campaign");
        assertThat(perDay.queryParameter("fields").firstValue().split(","))
                .contains("impressions", "reach", "clicks", "spend", "cpm", "ctr", "cpc", "conversions");
        assertThat(perDay.queryParameter("breakdowns").isPresent()).isFalse();
        LoggedRequest broken = sent().get(1);
        assertThat(broken.queryParameter("breakdowns").firstValue()).isEqualTo("age,gender");
        assertThat(broken.queryParameter("time_increment").isPresent()).isFalse();
    }

    @Test
    void a_preset_is_sent_as_date_preset_without_a_time_range() {
        graph.override(get(path("/" + CAMPAIGN + "/insights")), json(200, fixture("GetCampaignInsightsDaily.json")));

        meta.insights(TOKEN, InsightsQuery.preset(KNOWN, DatePreset.LAST_7D, null, Set.of()));

        assertThat(sent().get(0).queryParameter("date_preset").firstValue()).isEqualTo("last_7d");
        assertThat(sent().get(0).queryParameter("time_range").isPresent()).isFalse();
    }

    @Test
    void insights_amounts_are_read_exactly_and_conversions_summed() {
        Insights insights = meta.insights(TOKEN, daily());

        InsightsRow first = insights.rows().get(0);
        assertThat(first.dateStart()).isEqualTo(LocalDate.parse("2024-03-01"));
        assertThat(first.impressions()).isEqualTo(2562);
        assertThat(first.reach()).isEqualTo(2101);
        assertThat(first.clicks()).isEqualTo(41);
        assertThat(first.spend()).isEqualTo(new BigDecimal("20.02"));
        assertThat(first.cpm()).isEqualTo(new BigDecimal("7.814208"));
        assertThat(first.ctr()).isEqualTo(new BigDecimal("1.600312"));
        assertThat(first.cpc()).isEqualTo(new BigDecimal("0.488293"));
        assertThat(first.conversions()).isEqualTo(new BigDecimal("3"));
        assertThat(insights.rows().get(1).spend()).isEqualTo(new BigDecimal("21.5"));
        assertThat(insights.rows().get(2).conversions()).as("no conversions field").isZero();
        assertThat(insights.currency()).isEqualTo(Currency.getInstance("USD"));
    }

    @Test
    void a_budget_is_sent_in_the_accounts_minor_units_and_one_in_another_currency_is_refused_before_sending() {
        meta.createCampaign(TOKEN, new NewCampaign(AdAccountId.of(ACCOUNT), "Single", CampaignObjective.OUTCOME_TRAFFIC,
                CampaignStatus.PAUSED, Money.ofDecimal("25.00", Currency.getInstance("USD"), "dailyBudget"), null));

        LoggedRequest created = sent().get(sent().size() - 1);
        assertThat(created.getMethod().getName()).isEqualTo("POST");
        String form = URLDecoder.decode(created.getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(form.split("&")).contains("name=Single", "objective=OUTCOME_TRAFFIC", "status=PAUSED",
                "daily_budget=2500", "special_ad_categories=[]");

        int before = graph.requests();
        DomainException foreign = failure(() -> meta.createCampaign(TOKEN, new NewCampaign(AdAccountId.of(ACCOUNT),
                "Single", CampaignObjective.OUTCOME_TRAFFIC, CampaignStatus.PAUSED,
                new Money(2500, Currency.getInstance("EUR")), null)));
        assertThat(foreign.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(graph.requests()).as("the currency was known: nothing sent").isEqualTo(before);
    }

    @Test
    void a_campaigns_budget_is_read_as_money_of_the_accounts_currency() {
        graph.override(get(path("/" + CAMPAIGN)), json(200, fixture("GetCampaign.json")
                .replace("\"name\":\"Test\"", "\"name\":\"Test\",\"daily_budget\":\"5000\",\"lifetime_budget\":\"0\"")));

        AdCampaign campaign = meta.campaign(TOKEN, KNOWN);

        assertThat(campaign.dailyBudget()).isEqualTo(new Money(5000, Currency.getInstance("USD")));
        assertThat(campaign.lifetimeBudget()).isNull();
        assertThat(campaign.objective()).isEqualTo(CampaignObjective.OTHER);
        assertThat(campaign.objectiveName()).isEqualTo("APP_INSTALLS");
        assertThat(campaign.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(campaign.createdTime()).isEqualTo(Instant.parse("2017-04-26T00:48:41Z"));
    }

    @Test
    void people_are_sent_hashed_10000_a_request_and_the_counts_summed() throws Exception {
        List<HashedContact> people = new ArrayList<>();
        for (int i = 0; i <= AdsPlatform.MAX_USERS_PER_REQUEST; i++) {
            people.add(new HashedContact(CustomerHash.email("fan" + i + "@example.com", "email"),
                    i == 0 ? CustomerHash.phone("+33 6 12 34 56 78", "phone") : null));
        }

        UsersAdded added = meta.addUsers(TOKEN, AudienceId.of(GraphAdsStub.AUDIENCE), people);

        assertThat(added.requests()).isEqualTo(2);
        assertThat(added.received()).as("the recorded answer counts 1 per request").isEqualTo(2);
        List<LoggedRequest> requests = sent();
        assertThat(requests).hasSize(2);
        JsonNode first = JSON.readTree(requests.get(0).formParameters().get("payload").getValues().get(0));
        assertThat(first.path("schema")).extracting(JsonNode::asText).containsExactly("EMAIL", "PHONE");
        assertThat(first.path("data")).hasSize(AdsPlatform.MAX_USERS_PER_REQUEST);
        assertThat(first.path("data").get(0).get(0).asText())
                .isEqualTo(CustomerHash.sha256("fan0@example.com").value());
        assertThat(first.path("data").get(0).get(1).asText()).isEqualTo(CustomerHash.sha256("33612345678").value());
        assertThat(first.path("data").get(1).get(1).asText()).isEmpty();
        JsonNode second = JSON.readTree(requests.get(1).formParameters().get("payload").getValues().get(0));
        assertThat(second.path("data")).hasSize(1);
        assertThat(requests.get(0).getBodyAsString()).doesNotContain("example.com");
    }

    @Test
    void invalid_entries_meta_reports_are_counted() {
        graph.override(post(path("/" + GraphAdsStub.AUDIENCE + "/users")),
                json(200, fixture("AddUsersToCustomAudienceWithInvalidEntries.json")));

        UsersAdded added = meta.addUsers(TOKEN, AudienceId.of(GraphAdsStub.AUDIENCE),
                List.of(new HashedContact(CustomerHash.email("a@example.com", "email"), null),
                        new HashedContact(CustomerHash.email("b@example.com", "email"), null)));

        assertThat(added.received()).isEqualTo(2);
        assertThat(added.invalid()).isEqualTo(1);
    }

    @Test
    void conversions_go_as_json_with_hashed_user_data_epoch_seconds_the_value_and_the_test_code() throws Exception {
        ConversionUser user = new ConversionUser(CustomerHash.email(" Fan@Example.COM ", "email"),
                CustomerHash.phone("+1 (650) 555-1212", "phone"), CustomerHash.name("Zoë", "firstName"), null,
                null, null, null, CustomerHash.country("US", "country"), null, "203.0.113.7", "Mozilla/5.0",
                "fb.1.1554763741205.AbCdEfGhIjKlMnOpQrStUvWxYz1234567890", null);
        ConversionEvent event = new ConversionEvent("Purchase", Instant.parse("2026-03-10T12:00:00Z"), "order-4711",
                ActionSource.WEBSITE, user, Money.ofDecimal("19.99", Currency.getInstance("EUR"), "value"));

        var received = meta.sendConversions(TOKEN, new ConversionBatch(PixelId.of(GraphAdsStub.PIXEL), "TEST4711",
                List.of(event)));

        assertThat(received.eventsReceived()).isEqualTo(1);
        assertThat(received.fbtraceId()).isEqualTo("ANvX1ZCqgY3s7_IUxXbAP3k");
        LoggedRequest request = sent().get(0);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getBodyAsString()).doesNotContain("Fan@", "fan@", "650").doesNotContain("Zoë");
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(body.path("test_event_code").asText()).isEqualTo("TEST4711");
        JsonNode sentEvent = body.path("data").get(0);
        assertThat(sentEvent.path("event_name").asText()).isEqualTo("Purchase");
        assertThat(sentEvent.path("event_time").asLong()).isEqualTo(1773144000L);
        assertThat(sentEvent.path("event_id").asText()).isEqualTo("order-4711");
        assertThat(sentEvent.path("action_source").asText()).isEqualTo("website");
        JsonNode userData = sentEvent.path("user_data");
        assertThat(userData.path("em").get(0).asText()).isEqualTo(CustomerHash.sha256("fan@example.com").value());
        assertThat(userData.path("ph").get(0).asText()).isEqualTo(CustomerHash.sha256("16505551212").value());
        assertThat(userData.path("fn").get(0).asText()).isEqualTo(CustomerHash.sha256("zoë").value());
        assertThat(userData.path("country").get(0).asText()).isEqualTo(CustomerHash.sha256("us").value());
        assertThat(userData.path("client_ip_address").asText()).isEqualTo("203.0.113.7");
        assertThat(userData.path("client_user_agent").asText()).isEqualTo("Mozilla/5.0");
        assertThat(sentEvent.path("custom_data").path("value").decimalValue()).isEqualTo(new BigDecimal("19.99"));
        assertThat(sentEvent.path("custom_data").path("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void what_meta_answers_that_our_types_refuse_is_metas_unreadable_answer_not_the_callers_mistake() {
        graph.override(get(path("/me/adaccounts")), json(200, fixture("GetAdAccounts.json")
                .replace("\"currency\":\"USD\",\"name\":\"iOS\"", "\"currency\":\"XXQ\",\"name\":\"iOS\"")));

        DomainException e = failure(() -> meta.adAccounts(TOKEN));

        assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(e.getMessage()).isEqualTo("Meta answered what cannot be read");
    }

    // --- paging

    @Test
    void insights_follow_paging_next_without_the_token_meta_wrote_into_it_until_a_page_without_next() {
        Insights insights = meta.insights(TOKEN, InsightsQuery.between(AdAccountId.of(GraphAdsStub.INSIGHTS_ACCOUNT),
                LocalDate.parse("2021-02-21"), LocalDate.parse("2022-02-22"), null, Set.of()));

        assertThat(insights.rows()).hasSize(25 + 12);
        assertThat(insights.truncated()).isFalse();
        assertThat(insights.rows().get(0).spend()).isEqualTo(new BigDecimal("0.35"));
        assertThat(insights.rows().get(25).spend()).isEqualTo(new BigDecimal("20.02"));
        assertThat(insights.currency()).as("read from the account, as these rows do not carry it")
                .isEqualTo(Currency.getInstance("USD"));
        List<LoggedRequest> requests = sent().stream().filter(r -> r.getUrl().contains("/insights")).toList();
        assertThat(requests).hasSize(2);
        LoggedRequest next = requests.get(1);
        assertThat(next.queryParameter("after").firstValue()).isEqualTo("NDkZD");
        assertThat(next.queryParameter("access_token").isPresent()).as("Meta's token left out").isFalse();
        assertThat(next.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(next.queryParameter("appsecret_proof").isPresent()).isTrue();
    }

    @Test
    void a_page_without_next_ends_the_ad_accounts() {
        AdsList<io.soundport.domain.integrations.ads.AdAccount> accounts = meta.adAccounts(TOKEN);

        assertThat(accounts.items()).hasSize(10);
        assertThat(accounts.truncated()).isFalse();
        assertThat(accounts.items().get(0).id()).isEqualTo(AdAccountId.of("act_1223529531023664"));
        assertThat(accounts.items().get(0).currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(graph.requests()).isEqualTo(1);
    }

    @Test
    void a_campaign_page_with_next_gives_its_after_cursor_and_one_without_gives_none() {
        var first = meta.campaigns(TOKEN, AdAccountId.of(ACCOUNT), new AdsPageRequest(25, null));
        var last = meta.campaigns(TOKEN, AdAccountId.of(ACCOUNT), new AdsPageRequest(25, first.nextCursor()));

        assertThat(first.items()).hasSize(25);
        assertThat(first.nextCursor()).isEqualTo("NjAyMzExMDA1MDkwOAZDZD");
        assertThat(last.items()).extracting(c -> c.id().value()).containsExactly("6076261167842");
        assertThat(last.nextCursor()).isNull();
        assertThat(sent().get(0).queryParameter("limit").firstValue()).isEqualTo("25");
    }

    @Test
    void pages_that_never_end_are_read_up_to_the_bound_and_the_answer_says_it_was_cut() {
        String endless = "{\"data\":[" + "{\"date_start\":\"2024-03-01\",\"date_stop\":\"2024-03-01\","
                + "\"impressions\":\"1\",\"spend\":\"0.01\"}],\"paging\":{\"next\":\"" + graph.server.baseUrl()
                + "/v23.0/" + CAMPAIGN + "/insights?access_token=XX&after=again\"}}";
        graph.override(get(path("/" + CAMPAIGN + "/insights")), json(200, endless));

        Insights insights = meta.insights(TOKEN, daily());

        assertThat(insights.truncated()).isTrue();
        assertThat(insights.rows()).hasSize(AdsPlatform.MAX_PAGES);
        assertThat(graph.requests()).isEqualTo(AdsPlatform.MAX_PAGES);
    }

    @Test
    void a_next_page_on_another_host_is_not_followed() {
        graph.override(get(path("/" + CAMPAIGN + "/insights")), json(200, "{\"data\":[],\"paging\":{\"next\":"
                + "\"https://attacker.example/v23.0/x?access_token=XX\"}}"));

        DomainException e = failure(() -> meta.insights(TOKEN, daily()));

        assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(graph.requests()).isEqualTo(1);
    }

    // --- Graph's errors

    @Test
    void code_190_is_a_refused_grant_for_meta_sent_once() {
        graph.override(get(path("/" + CAMPAIGN)), json(400, fixture("Error190SessionExpired.json")));

        GrantRefusedException refused = catchThrowableOfType(GrantRefusedException.class,
                () -> meta.campaign(TOKEN, KNOWN));

        assertThat(refused.provider()).isEqualTo(Provider.META);
        assertThat(refused.getMessage()).contains("code 190").contains("AOl1gSqZRMyPzEMw9OJXzYh")
                .doesNotContain(TOKEN);
        assertThat(graph.requests()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Error4ApplicationRequestLimit.json", "Error17UserRequestLimit.json",
            "Error32PageRequestLimit.json", "Error613RateLimitExceeded.json"})
    void a_rate_limit_in_a_400_is_retried_then_service_unavailable_with_a_retry_after(String error) {
        graph.override(get(path("/" + CAMPAIGN + "/insights")), json(400, fixture(error)));

        DomainException e = failure(() -> meta.insights(TOKEN, daily()));

        assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(e.getMessage()).startsWith("Meta is limiting our calls (error code ");
        assertThat(e.retryAfter()).isPresent();
        assertThat(graph.requests()).as("the first attempt and the policy's 2 retries").isEqualTo(3);
        assertThat(meta.breakerState()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void a_rate_limit_that_lifts_is_retried_into_the_answer() {
        graph.server.stubFor(get(path("/" + CAMPAIGN)).atPriority(1).inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("lifted")
                .willReturn(json(400, fixture("Error17UserRequestLimit.json"))));

        assertThat(meta.campaign(TOKEN, KNOWN).id()).isEqualTo(KNOWN);
        assertThat(graph.requests()).isEqualTo(2);
    }

    @Test
    void a_business_use_case_limit_waits_what_meta_estimates_or_fails_at_once_when_that_is_too_long() {
        graph.override(get(path("/" + CAMPAIGN)), json(400, fixture("Error80004AdsManagementLimit.json"))
                .withHeader("x-business-use-case-usage", "{\"10152335766987003\":[{\"type\":\"ads_management\","
                        + "\"call_count\":100,\"total_cputime\":12,\"total_time\":31,"
                        + "\"estimated_time_to_regain_access\":3}]}"));

        DomainException e = failure(() -> meta.campaign(TOKEN, KNOWN));

        assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(e.retryAfter()).contains(Duration.ofMinutes(3));
        assertThat(graph.requests()).as("3 minutes is longer than a request waits").isEqualTo(1);
    }

    @Test
    void a_rate_limit_on_a_post_is_not_retried() {
        graph.override(post(path("/" + GraphAdsStub.PIXEL + "/events")),
                json(400, fixture("Error613RateLimitExceeded.json")));
        ConversionEvent event = new ConversionEvent("Lead", Instant.now(), "lead-1", ActionSource.SYSTEM_GENERATED,
                new ConversionUser(null, null, null, null, null, null, null, null,
                        CustomerHash.externalId("crm-42", "externalId"), null, null, null, null), null);

        DomainException e = failure(() -> meta.sendConversions(TOKEN, new ConversionBatch(
                PixelId.of(GraphAdsStub.PIXEL), null, List.of(event))));

        assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(graph.requests()).isEqualTo(1);
    }

    @Test
    void code_100_on_an_unknown_object_is_not_found_and_another_code_100_an_integration_error() {
        DomainException missing = failure(() -> meta.campaign(TOKEN, CampaignId.of(GraphAdsStub.UNKNOWN)));
        assertThat(missing.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(missing.getMessage()).contains(GraphAdsStub.UNKNOWN);

        graph.override(get(path("/" + CAMPAIGN)), json(400, fixture("Error100InvalidParameter.json")));
        DomainException invalid = failure(() -> meta.campaign(TOKEN, KNOWN));
        assertThat(invalid.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(invalid.getMessage()).contains("error code 100", "subcode 1885272", "A100InvalidParamTrace01");
    }

    @Test
    void another_code_is_an_integration_error_with_metas_code_and_fbtrace_id_not_its_message() {
        graph.override(get(path("/" + CAMPAIGN)), json(403, fixture("Error200PermissionDenied.json")));

        DomainException e = failure(() -> meta.campaign(TOKEN, KNOWN));

        assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(e.getMessage()).isEqualTo("Meta answered 403 with error code 200, fbtrace_id A200PermissionTrace0001");
        assertThat(graph.requests()).isEqualTo(1);
    }

    @Test
    void repeated_5xx_open_the_breaker_which_then_refuses_without_calling_meta() {
        MetaAdsPlatform guarded = new MetaAdsPlatform(graph.settings().policy(ProviderPolicy.builder("Meta")
                .retries(0).breaker(4, 4, 50).breakerOpenFor(Duration.ofSeconds(30)).build()).build());
        graph.override(get(path("/" + CAMPAIGN)), aResponse().withStatus(500));

        for (int i = 0; i < 4; i++) {
            assertThat(failure(() -> guarded.campaign(TOKEN, KNOWN)).code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        }
        DomainException open = failure(() -> guarded.campaign(TOKEN, KNOWN));

        assertThat(open.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(open.retryAfter()).isPresent();
        assertThat(guarded.breakerState()).isEqualTo(BreakerState.OPEN);
        assertThat(graph.requests()).isEqualTo(4);
    }

    @Test
    void a_receiver_that_closes_the_connection_is_an_integration_error_a_get_retried_a_post_sent_once()
            throws Exception {
        try (ClosingReceiver closing = new ClosingReceiver()) {
            MetaAdsPlatform dropped = new MetaAdsPlatform(MetaSettings.builder("257422819769992",
                    GraphAdsStub.APP_SECRET).graphUrl(closing.url("")).policy(ProviderPolicy.builder("Meta")
                    .backoffBase(Duration.ofMillis(1)).build()).build());

            DomainException read = failure(() -> dropped.campaign(TOKEN, KNOWN));
            assertThat(read.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
            assertThat(read.getMessage()).startsWith("Meta ");
            assertThat(closing.connections()).isEqualTo(3);

            DomainException write = failure(() -> dropped.createCampaign(TOKEN, new NewCampaign(AdAccountId.of(ACCOUNT),
                    "Once", CampaignObjective.OUTCOME_AWARENESS, CampaignStatus.PAUSED, null, null)));
            assertThat(write.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
            assertThat(closing.connections()).isEqualTo(4);
        }
    }

    @Test
    void a_token_that_cannot_go_into_a_header_is_refused_without_sending() {
        GrantRefusedException refused = catchThrowableOfType(GrantRefusedException.class,
                () -> meta.adAccounts("bad token\r\nX: y"));

        assertThat(refused.getMessage()).doesNotContain("bad token");
        assertThat(graph.requests()).isZero();
    }
}
