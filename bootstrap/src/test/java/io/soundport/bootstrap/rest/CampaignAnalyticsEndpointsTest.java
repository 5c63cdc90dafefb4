package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /analytics/campaigns/{id}}, its CSV export, {@code /analytics/audiences/{id}/insights} and the campaign
 * spend of the overview: a campaign launched on the sandbox's Meta and measured by the monitor (every second here),
 * which keeps its days by country and publisher platform.
 */
@RestTest.ServerProperties({"soundport.marketing.insights-interval=1s"})
class CampaignAnalyticsEndpointsTest extends RestTest {
    private static final String EUR_ACCOUNT = "act_1000000001";


    /** A campaign launched in the sandbox's EUR account today, targeting the audiences, once the monitor read it. */
    private static String measured(Account owner, String release, String... audiences) {
        String id = owner.api().post("/campaigns", obj("name", "Night Drive launch", "objective", "OUTCOME_AWARENESS",
                "release_id", release, "budget", obj("amount", "100000", "currency", "EUR"),
                "start_date", today().toString(), "audience_ids", List.of(audiences), "ad_account_id", EUR_ACCOUNT))
                .expect(201).id();
        owner.api().post("/campaigns/" + id + "/launch", null).expect(200);
        await(() -> owner.api().get("/campaigns/" + id).expect(200).json(),
                c -> !c.path("metrics").path("as_of").isNull());
        return id;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void a_measured_campaign_has_its_day_its_countries_and_platforms_and_the_overview_counts_its_spend() {
        Account owner = connectedToMeta(register());
        String id = measured(owner, ingest(owner, "Night Drive"));
        JsonNode campaign = owner.api().get("/campaigns/" + id).expect(200).json();

        JsonNode report = owner.api().get("/analytics/campaigns/" + id).expect(200).json();

        assertThat(report.path("campaign_id").asText()).isEqualTo(id);
        assertThat(report.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(report.path("from").asText()).isEqualTo(today().toString());
        assertThat(report.path("to").asText()).isEqualTo(today().toString());
        assertThat(report.path("granularity").asText()).isEqualTo("day");
        JsonNode totals = report.path("totals");
        assertThat(totals.path("impressions").asLong()).isPositive()
                .isEqualTo(campaign.path("metrics").path("impressions").asLong());
        assertThat(totals.path("spend")).isEqualTo(campaign.path("metrics").path("spend"));
        assertThat(totals.path("ctr").asText()).matches("\\d+\\.\\d{4}");
        assertThat(report.path("series")).hasSize(1);
        assertThat(report.path("series").get(0).path("start").asText()).isEqualTo(today() + "T00:00:00Z");
        assertThat(report.path("series").get(0).path("reach").asLong()).isPositive();
        assertThat(report.path("by_country").findValuesAsText("country")).containsExactlyInAnyOrder("DE", "FR", "GB",
                "US");
        assertThat(report.path("by_platform").findValuesAsText("publisher_platform"))
                .containsExactlyInAnyOrder("facebook", "instagram", "audience_network", "messenger");
        assertThat(report.path("as_of").asText()).isNotBlank();

        JsonNode week = owner.api().get("/analytics/campaigns/" + id + "?from=" + today().minusDays(6) + "&to="
                + today()).expect(200).json();
        assertThat(week.path("series")).hasSize(7);
        assertThat(week.path("series").get(0).path("impressions").asLong()).isZero();
        assertThat(week.path("totals").path("impressions")).isEqualTo(totals.path("impressions"));

        JsonNode hours = owner.api().get("/analytics/campaigns/" + id + "?granularity=hour").expect(200).json();
        assertThat(hours.path("granularity").asText()).isEqualTo("hour");
        assertThat(hours.path("series")).hasSize(24);
        long hourly = 0;
        for (JsonNode hour : hours.path("series")) {
            assertThat(hour.path("reach").isNull()).isTrue();
            hourly += hour.path("impressions").asLong();
        }
        assertThat(hourly).isEqualTo(totals.path("impressions").asLong());
        owner.api().get("/analytics/campaigns/" + id + "?granularity=minute").error(400, "VALIDATION_ERROR");

        JsonNode overview = owner.api().get("/analytics/overview?from=" + today() + "&to=" + today()).expect(200)
                .json();
        assertThat(overview.path("campaign_spend")).hasSize(1);
        assertThat(overview.path("campaign_spend").get(0)).isEqualTo(totals.path("spend"));
        assertThat(owner.api().get("/analytics/overview?from=2026-01-01&to=2026-01-31").expect(200).json()
                .path("campaign_spend")).isEmpty();
    }

    @Test
    void the_export_streams_csv_a_row_per_day_or_per_day_and_country() {
        Account owner = connectedToMeta(register());
        String id = measured(owner, ingest(owner, "Night Drive"));

        Api.Response days = owner.api().post("/analytics/campaigns/" + id + "/export", null).expect(200);
        Api.Response countries = owner.api().post("/analytics/campaigns/" + id + "/export",
                obj("breakdown", "country", "from", today().minusDays(1).toString())).expect(200);

        assertThat(days.header("Content-Type")).startsWith("text/csv");
        assertThat(days.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + id + "-" + today()
                + "-" + today() + ".csv\"");
        assertThat(List.of(days.body().split("\r\n"))).hasSize(2).first()
                .isEqualTo("date,impressions,reach,clicks,spend,currency,conversions");
        assertThat(days.body().split("\r\n")[1]).startsWith(today() + ",").contains(",EUR,");
        String[] lines = countries.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("date,country,impressions,reach,clicks,spend,currency,conversions");
        assertThat(List.of(lines).subList(1, lines.length)).extracting(l -> l.substring(11, 13))
                .containsExactly("DE", "FR", "GB", "US");

        owner.api().post("/analytics/campaigns/" + id + "/export", obj("breakdown", "age", "from", "soon"))
                .error(400, "VALIDATION_ERROR");
        assertThat(owner.api().post("/analytics/campaigns/" + id + "/export", obj("breakdown", "age",
                "from", "soon")).errorFields()).containsExactlyInAnyOrder("breakdown", "from");
    }

    @Test
    void an_audience_has_the_totals_of_the_campaigns_that_target_it() {
        Account owner = connectedToMeta(register());
        String release = ingest(owner, "Night Drive");
        String fans = owner.api().post("/audiences", obj("name", "Fans")).expect(201).id();
        String first = measured(owner, release, fans);
        String second = measured(owner, release, fans);
        measured(owner, release);

        JsonNode insights = owner.api().get("/analytics/audiences/" + fans + "/insights").expect(200).json();

        assertThat(insights.path("audience_id").asText()).isEqualTo(fans);
        assertThat(insights.path("name").asText()).isEqualTo("Fans");
        assertThat(insights.path("from").asText()).isEqualTo(today().minusDays(29).toString());
        assertThat(insights.path("campaigns").findValuesAsText("campaign_id")).containsExactlyInAnyOrder(first,
                second);
        long impressions = 0;
        for (JsonNode line : insights.path("campaigns")) {
            impressions += line.path("totals").path("impressions").asLong();
        }
        assertThat(insights.path("impressions").asLong()).isEqualTo(impressions).isPositive();
        assertThat(insights.path("spend")).hasSize(1);
        assertThat(insights.path("spend").get(0).path("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void reads_are_the_organizations_and_bad_periods_name_their_fields() {
        Account owner = connectedToMeta(register());
        String id = measured(owner, ingest(owner, "Night Drive"));
        Account stranger = register();

        stranger.api().get("/analytics/campaigns/" + id).error(404, "NOT_FOUND");
        stranger.api().post("/analytics/campaigns/" + id + "/export", null).error(404, "NOT_FOUND");
        owner.api().get("/analytics/campaigns/cmp_01HZX0000000000000000000Z9").error(404, "NOT_FOUND");
        owner.api().get("/analytics/campaigns/nope").error(404, "NOT_FOUND");
        owner.api().get("/analytics/audiences/aun_01HZX0000000000000000000Z9/insights").error(404, "NOT_FOUND");
        assertThat(owner.api().get("/analytics/campaigns/" + id + "?from=2026-13-01&to=yesterday")
                .errorFields()).containsExactlyInAnyOrder("from", "to");
        owner.api().get("/analytics/campaigns/" + id + "?from=2026-03-02&to=2026-03-01")
                .error(400, "VALIDATION_ERROR");
        Account viewer = member(owner, "VIEWER");
        assertThat(viewer.api().get("/analytics/campaigns/" + id).expect(200).text("campaign_id")).isEqualTo(id);
        assertThat(api.withKey(createKey(owner, "read")).post("/analytics/campaigns/" + id + "/export", null)
                .expect(200).body()).startsWith("date,");
    }
}
