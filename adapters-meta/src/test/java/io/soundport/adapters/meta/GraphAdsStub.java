package io.soundport.adapters.meta;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.soundport.resilience.ProviderPolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Meta's Graph API (Marketing API) on WireMock, answering {@link #TOKEN} with the bodies of
 * {@code src/test/resources/meta} (see its README): the ad accounts, {@link #ACCOUNT}'s campaigns on two pages (the
 * recorded page with {@code paging.next}, then the recorded page with cursors only), {@link #CAMPAIGN}, its daily and
 * age-and-gender insights, the account's insights on two pages, audience and Conversions API answers; Graph's
 * code-100 error for {@link #UNKNOWN} and for any path it has no answer for, and its code-190 error to any other
 * token. Recorded {@code paging.next} links point at graph.facebook.com: they are rewritten to this stub.
 */
final class GraphAdsStub implements AutoCloseable {
    static final String TOKEN = "EAAB-stub-user-token.for_tests~1";
    static final String BEARER = "Bearer " + TOKEN;
    static final String APP_SECRET = "a-meta-app-secret";
    static final String VERSION = "/v23.0";
    static final String ACCOUNT = "act_10152335766987003";
    static final String CAMPAIGN = "6076262393242";
    static final String UNKNOWN = "999999999999999";
    static final String AUDIENCE = "23849182047670582";
    static final String PIXEL = "1234567890123456";
    static final String INSIGHTS_ACCOUNT = "act_894253717801637";

    final WireMockServer server;

    GraphAdsStub() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(any(anyUrl()).atPriority(2).withHeader("Authorization", notMatching(BEARER))
                .willReturn(json(400, fixture("Error190SessionExpired.json"))));
        server.stubFor(any(anyUrl()).atPriority(2).withHeader("Authorization", absent())
                .willReturn(json(400, fixture("Error190SessionExpired.json"))));
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(json(400, fixture("Error100ObjectDoesNotExist.json"))));

        answer(get(path("/me/adaccounts")), "GetAdAccounts.json");
        answer(get(path("/" + ACCOUNT)).withQueryParam("fields", equalTo("currency")), "GetAdAccountCurrency.json");
        answer(get(path("/" + ACCOUNT + "/campaigns")).withQueryParam("after", absent()),
                "GetCampaignsWithPagingNext.json");
        answer(get(path("/" + ACCOUNT + "/campaigns")).withQueryParam("after", equalTo("NjAyMzExMDA1MDkwOAZDZD")),
                "GetCampaigns.json");
        answer(post(path("/" + ACCOUNT + "/campaigns")), "CreateCampaign.json");
        answer(get(path("/" + CAMPAIGN)), "GetCampaign.json");
        // Graph answers an update (POST /{campaign-id}) with the same body as the recorded DELETE
        answer(post(path("/" + CAMPAIGN)), "DeleteCampaign.json");
        answer(get(path("/" + CAMPAIGN + "/insights")).withQueryParam("time_increment", equalTo("1")),
                "GetCampaignInsightsDaily.json");
        answer(get(path("/" + CAMPAIGN + "/insights")).withQueryParam("breakdowns", equalTo("age,gender")),
                "GetCampaignInsightsByAgeGender.json");
        answer(get(path("/" + INSIGHTS_ACCOUNT)).withQueryParam("fields", equalTo("currency")),
                "GetAdAccountCurrency.json");
        answer(get(path("/" + INSIGHTS_ACCOUNT + "/insights")).withQueryParam("after", absent()),
                "GetAdAccountInsightsLevelAdWithPagingNext.json");
        answer(get(path("/" + INSIGHTS_ACCOUNT + "/insights")).withQueryParam("after", equalTo("NDkZD")),
                "GetAdAccountInsightsLevelAd.json");
        answer(post(path("/" + ACCOUNT + "/customaudiences")).withRequestBody(containing("subtype=CUSTOM")),
                "CreateCustomAudience.json");
        answer(post(path("/" + ACCOUNT + "/customaudiences")).withRequestBody(containing("subtype=LOOKALIKE")),
                "CreateLookalikeAudience.json");
        answer(post(path("/" + AUDIENCE + "/users")), "AddUsersToCustomAudience.json");
        answer(post(path("/23849182047670999/users")), "AddUsersToCustomAudience.json");
        answer(post(path("/" + PIXEL + "/events")), "ConversionsApiEvents.json");
    }

    /** Settings on this stub: short backoffs, the default breaker. */
    MetaSettings.Builder settings() {
        return MetaSettings.builder("257422819769992", APP_SECRET).graphUrl(server.baseUrl())
                .oauthUrl("https://www.facebook.example")
                .policy(ProviderPolicy.builder("Meta").backoffBase(Duration.ofMillis(5)).build());
    }

    MetaAdsPlatform platform() {
        return new MetaAdsPlatform(settings().build());
    }

    int requests() {
        return server.getAllServeEvents().size();
    }

    static com.github.tomakehurst.wiremock.matching.UrlPathPattern path(String path) {
        return urlPathEqualTo(VERSION + path);
    }

    /** Answers requests with the token, before the stub's own answers. */
    void override(MappingBuilder request, ResponseDefinitionBuilder answer) {
        server.stubFor(request.atPriority(1).withHeader("Authorization", equalTo(BEARER)).willReturn(answer));
    }

    private void answer(MappingBuilder request, String fixture) {
        server.stubFor(request.atPriority(5).withHeader("Authorization", equalTo(BEARER))
                .willReturn(json(200, fixture(fixture).replace("https://graph.facebook.com/v2.9", server.baseUrl()
                        + VERSION).replace("https://graph.facebook.com/v13.0", server.baseUrl() + VERSION))));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body);
    }

    static String fixture(String name) {
        try (InputStream in = GraphAdsStub.class.getResourceAsStream("/meta/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
