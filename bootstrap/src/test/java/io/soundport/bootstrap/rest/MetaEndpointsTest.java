package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meta's ads over HTTP through the user's connection, on the sandbox (the server's default without a Meta app id):
 * its made-up ad accounts act_1000000001 (EUR) and act_1000000002 (USD), each with two campaigns since 2024, and
 * pixel 1000000000000101.
 */
class MetaEndpointsTest extends RestTest {
    private static final String EUR = "act_1000000001";
    private static final String USD = "act_1000000002";
    private static final String TOUR = "120100000000003";
    private static final String PIXEL = "1000000000000101";


    @Test
    void ad_accounts_their_campaigns_page_by_page_and_a_campaigns_daily_insights_by_gender() {
        Account owner = connectedToMeta(register());

        JsonNode accounts = owner.api().get("/meta/accounts").expect(200).json();
        assertThat(accounts.path("data")).extracting(a -> a.path("id").asText() + " " + a.path("currency").asText())
                .containsExactly(EUR + " EUR", USD + " USD");
        assertThat(accounts.path("truncated").asBoolean()).isFalse();

        JsonNode first = owner.api().get("/meta/campaigns?ad_account_id=" + USD + "&limit=1").expect(200).json();
        assertThat(first.path("data")).hasSize(1);
        assertThat(first.path("has_more").asBoolean()).isTrue();
        JsonNode second = owner.api().get("/meta/campaigns?ad_account_id=1000000002&limit=1&cursor="
                + first.path("next_cursor").asText()).expect(200).json();
        assertThat(second.path("data").get(0).path("id").asText())
                .isNotEqualTo(first.path("data").get(0).path("id").asText());

        JsonNode tour = owner.api().get("/meta/campaigns/" + TOUR).expect(200).json();
        assertThat(tour.path("ad_account_id").asText()).isEqualTo(USD);
        assertThat(tour.path("objective").asText()).isEqualTo("OUTCOME_SALES");
        assertThat(tour.path("daily_budget").path("amount").asText()).isEqualTo("50.00");
        assertThat(tour.path("daily_budget").path("currency").asText()).isEqualTo("USD");

        JsonNode insights = owner.api().get("/meta/campaigns/" + TOUR
                + "/insights?from=2024-03-01&to=2024-03-03&time_increment=1&breakdowns=gender").expect(200).json();
        assertThat(insights.path("currency").asText()).isEqualTo("USD");
        assertThat(insights.path("data")).hasSize(3 * 3);
        JsonNode row = insights.path("data").get(0);
        assertThat(row.path("date_start").asText()).isEqualTo("2024-03-01");
        assertThat(row.path("date_stop").asText()).isEqualTo("2024-03-01");
        assertThat(row.path("breakdowns").path("gender").asText()).isIn("female", "male", "unknown");
        assertThat(row.path("spend").isTextual()).as("an exact decimal, in a string").isTrue();
        assertThat(row.path("spend").asText()).matches("\\d+\\.\\d{2}");
        assertThat(row.path("ctr").asText()).matches("\\d+\\.\\d{6}");
        assertThat(row.path("impressions").asLong()).isGreaterThan(row.path("clicks").asLong());

        assertThat(owner.api().get("/meta/campaigns/" + TOUR + "/insights?date_preset=last_7d").expect(200).json()
                .path("data")).hasSizeLessThanOrEqualTo(1);
        owner.api().get("/meta/campaigns/999999999").error(404, "NOT_FOUND");
        owner.api().get("/meta/campaigns?ad_account_id=act_999").error(404, "NOT_FOUND");
    }

    @Test
    void a_member_creates_a_campaign_once_per_idempotency_key_and_a_viewer_may_only_read() {
        Account owner = connectedToMeta(register());
        Map<String, Object> launch = obj("ad_account_id", EUR, "name", "Single launch " + System.nanoTime(),
                "objective", "OUTCOME_AWARENESS", "daily_budget", obj("amount", "25.00", "currency", "EUR"));

        Api.Response created = owner.api().with("Idempotency-Key", "launch-" + System.nanoTime())
                .post("/meta/campaigns", launch).expect(201);
        String id = created.id();
        assertThat(created.header("Location")).isEqualTo("/api/v1/meta/campaigns/" + id);
        assertThat(created.text("status")).isEqualTo("PAUSED");
        assertThat(created.json().path("daily_budget").path("amount").asText()).isEqualTo("25.00");
        assertThat(owner.api().get("/meta/campaigns/" + id).expect(200).text("name"))
                .isEqualTo(launch.get("name"));

        String key = "launch-again-" + System.nanoTime();
        Map<String, Object> other = obj("ad_account_id", EUR, "name", "Replayed " + System.nanoTime(),
                "objective", "OUTCOME_TRAFFIC");
        String once = owner.api().with("Idempotency-Key", key).post("/meta/campaigns", other).expect(201).id();
        Api.Response replayed = owner.api().with("Idempotency-Key", key).post("/meta/campaigns", other).expect(201);
        assertThat(replayed.id()).isEqualTo(once);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        List<String> listed = owner.api().get("/meta/campaigns?ad_account_id=" + EUR + "&limit=100").expect(200)
                .ids();
        assertThat(listed).containsOnlyOnce(once).contains(id);

        assertThat(owner.api().post("/meta/campaigns", obj("ad_account_id", EUR, "name", "Dollars",
                "objective", "OUTCOME_SALES", "daily_budget", obj("amount", 10, "currency", "USD"))).errorFields())
                .containsExactly("daily_budget");
        assertThat(owner.api().post("/meta/campaigns", obj("ad_account_id", "acct", "name", "",
                "objective", "APP_INSTALLS", "status", "DELETED",
                "lifetime_budget", obj("amount", "1.005", "currency", "EUR"))).errorFields())
                .containsExactlyInAnyOrder("ad_account_id", "name", "objective", "status", "lifetime_budget.amount");

        Account viewer = connectedToMeta(member(owner, "VIEWER"));
        assertThat(viewer.api().get("/meta/accounts").expect(200).json().path("data")).hasSize(2);
        viewer.api().post("/meta/campaigns", launch).error(403, "AUTHORIZATION_ERROR");
    }

    @Test
    void conversions_reach_the_pixel_hashed_and_bad_events_are_named_field_by_field() {
        Account owner = connectedToMeta(register());
        long now = Instant.now().getEpochSecond();
        Map<String, Object> purchase = obj("event_name", "Purchase", "event_time", now - 30, "event_id", "order-1",
                "action_source", "website", "user_data", obj("email", " Fan@Example.com ", "phone", "+33 6 12 34 56 78",
                        "client_user_agent", "Mozilla/5.0"),
                "custom_data", obj("value", obj("amount", "19.99", "currency", "EUR")));

        JsonNode received = owner.api().with("Idempotency-Key", "conv-" + System.nanoTime())
                .post("/meta/conversions", obj("pixel_id", PIXEL, "test_event_code", "TEST1234",
                        "events", List.of(purchase))).expect(200).json();
        assertThat(received.path("events_received").asInt()).isEqualTo(1);
        assertThat(received.path("fbtrace_id").asText()).isNotBlank();

        Map<String, Object> bad = obj("event_name", "Purchase", "event_time", now - 8 * 24 * 3600, "event_id", "",
                "action_source", "web", "user_data", obj("phone", "06 98 76 54 32"),
                "custom_data", obj("value", obj("amount", "1.999", "currency", "EUR")));
        Api.Response refused = owner.api().post("/meta/conversions", obj("pixel_id", PIXEL, "events", List.of(bad)));
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("events[0].event_id",
                "events[0].action_source", "events[0].user_data.phone", "events[0].custom_data.value.amount");
        assertThat(refused.body()).doesNotContain("98 76");
        Map<String, Object> old = obj("event_name", "Purchase", "event_time", now - 8 * 24 * 3600, "event_id", "o-2",
                "action_source", "system_generated", "user_data", obj("external_id", "crm-42"));
        assertThat(owner.api().post("/meta/conversions", obj("pixel_id", PIXEL, "events", List.of(old)))
                .errorFields()).containsExactly("events[0].event_time");
        owner.api().post("/meta/conversions", obj("pixel_id", "999", "events", List.of(purchase)))
                .error(404, "NOT_FOUND");
    }

    @Test
    void an_audience_takes_people_by_hashed_email_or_phone_and_gives_a_lookalike() {
        Account owner = connectedToMeta(register());

        String audience = owner.api().post("/meta/audiences", obj("ad_account_id", EUR, "name", "Ticket buyers"))
                .expect(200).id();
        JsonNode added = owner.api().post("/meta/audiences/" + audience + "/users", obj("users", List.of(
                obj("email", "a@example.com"), obj("phone", "+44 20 7946 0958"),
                obj("email", "b@example.com", "phone", "+1 650 555 1212")))).expect(200).json();
        assertThat(added.path("received").asLong()).isEqualTo(3);
        assertThat(added.path("invalid").asLong()).isZero();
        assertThat(owner.api().post("/meta/audiences/" + audience + "/users", obj("users", List.of(
                obj("email", "not-an-address")))).errorFields()).containsExactly("users[0].email");

        JsonNode lookalike = owner.api().post("/meta/audiences/" + audience + "/lookalikes", obj("ad_account_id", EUR,
                "name", "Like buyers", "country", "FR", "ratio", "0.02")).expect(200).json();
        assertThat(lookalike.path("id").asText()).isNotEqualTo(audience);
        assertThat(owner.api().post("/meta/audiences/" + audience + "/lookalikes", obj("ad_account_id", EUR,
                "name", "Too wide", "country", "FR", "ratio", 0.5)).errorFields()).containsExactly("ratio");
        owner.api().post("/meta/audiences/123456/users", obj("users", List.of(obj("email", "c@example.com"))))
                .error(404, "NOT_FOUND");
    }

    @Test
    void without_a_connection_the_answer_says_to_connect_first_and_bad_queries_name_their_fields() {
        Account owner = register();
        assertThat(owner.api().get("/meta/accounts").error(409, "CONFLICT").path("message").asText())
                .contains("connect");

        connectedToMeta(owner);
        assertThat(owner.api().get("/meta/campaigns?limit=101").errorFields())
                .containsExactlyInAnyOrder("ad_account_id", "limit");
        assertThat(owner.api().get("/meta/campaigns/" + TOUR + "/insights?from=2024-03-09&to=2024-03-01"
                + "&breakdowns=planet&time_increment=0").errorFields())
                .containsExactlyInAnyOrder("breakdowns");
        assertThat(owner.api().get("/meta/campaigns/" + TOUR + "/insights?from=2024-03-09&to=2024-03-01"
                + "&time_increment=0").errorFields()).containsExactlyInAnyOrder("to", "time_increment");
        assertThat(owner.api().get("/meta/campaigns/" + TOUR + "/insights").errorFields()).containsExactly("from");
    }
}
