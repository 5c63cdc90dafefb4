package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /campaigns}: drafts, changes, launch and pause (on the sandbox's Meta when a campaign names an ad account),
 * the monitor that measures running campaigns (every second here) and completes them, and their webhook events.
 */
@RestTest.ServerProperties({"soundport.marketing.insights-interval=1s"})
class CampaignEndpointsTest extends RestTest {
    private static final String EUR_ACCOUNT = "act_1000000001";


    private static Map<String, Object> campaign(String release, String amount, String account) {
        Map<String, Object> body = new java.util.HashMap<>(obj("name", "Night Drive launch",
                "objective", "OUTCOME_AWARENESS", "release_id", release,
                "budget", obj("amount", amount, "currency", "EUR"), "start_date", "2026-01-01"));
        if (account != null) {
            body.put("ad_account_id", account);
        }
        return body;
    }

    @Test
    void a_draft_is_created_read_listed_changed_archived_and_deleted() {
        Account owner = register();
        String release = ingest(owner, "Night Drive");

        Api.Response created = owner.api().post("/campaigns", campaign(release, "250.5", null)).expect(201);
        String id = created.id();
        assertThat(id).startsWith("cmp_");
        assertThat(created.header("Location")).isEqualTo("/api/v1/campaigns/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(created.json().path("budget").path("amount").asText()).isEqualTo("250.50");
        assertThat(created.json().path("budget").path("currency").asText()).isEqualTo("EUR");
        assertThat(created.json().path("metrics").path("spend").path("amount").asText()).isEqualTo("0.00");
        assertThat(created.json().path("metrics").path("as_of").isNull()).isTrue();
        assertThat(owner.api().get("/campaigns/" + id).expect(200).json()).isEqualTo(created.json());
        owner.api().with("If-None-Match", "\"1\"").get("/campaigns/" + id).expect(304);

        String other = owner.api().post("/campaigns", obj("name", "Summer tour", "objective", "outcome_traffic",
                "release_id", release, "budget", obj("amount", 1000, "currency", "EUR"), "start_date", "2027-06-01",
                "end_date", "2027-06-30", "daily_budget", obj("amount", "50.00", "currency", "EUR"),
                "goal", obj("metric", "clicks", "target", 5000))).expect(201).id();
        assertThat(owner.api().get("/campaigns").ids()).containsExactly(other, id);
        assertThat(owner.api().get("/campaigns?q=SUMMER").ids()).containsExactly(other);
        assertThat(owner.api().get("/campaigns?status=draft&limit=1").ids()).containsExactly(other);
        owner.api().get("/campaigns?status=running").error(400, "VALIDATION_ERROR");

        Api.Response renamed = owner.api().with("If-Match", "\"1\"").patch("/campaigns/" + id,
                obj("name", "Night Drive, week one", "end_date", "2026-01-07")).expect(200);
        assertThat(renamed.text("name")).isEqualTo("Night Drive, week one");
        assertThat(renamed.text("end_date")).isEqualTo("2026-01-07");
        assertThat(renamed.header("ETag")).isEqualTo("\"2\"");
        owner.api().with("If-Match", "\"1\"").patch("/campaigns/" + id, obj("name", "Stale"))
                .error(412, "PRECONDITION_FAILED");
        Api.Response cleared = owner.api().patch("/campaigns/" + id, obj("end_date", "")).expect(200);
        assertThat(cleared.json().path("end_date").isNull()).isTrue();

        Api.Response archived = owner.api().patch("/campaigns/" + id, obj("status", "archived")).expect(200);
        assertThat(archived.text("status")).isEqualTo("ARCHIVED");
        owner.api().patch("/campaigns/" + id, obj("name", "Too late")).error(409, "CONFLICT");
        owner.api().post("/campaigns/" + id + "/launch", null).error(409, "CONFLICT");
        owner.api().delete("/campaigns/" + id).expect(204);
        owner.api().get("/campaigns/" + id).error(404, "NOT_FOUND");
    }

    @Test
    void invalid_fields_are_refused_together_and_nothing_is_created() {
        Account owner = register();
        String release = ingest(owner, "Night Drive");

        Api.Response invalid = owner.api().post("/campaigns", obj("name", " ", "objective", "fame",
                "budget", obj("amount", "10.001", "currency", "EUR"), "daily_budget", obj("amount", 5,
                        "currency", "euro"), "start_date", "2026-02-30", "audience_ids", List.of("nope"),
                "ad_account_id", "acct-1", "goal", obj("metric", "likes", "target", 0)));
        invalid.error(400, "VALIDATION_ERROR");
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("name", "objective", "release_id",
                "budget.amount", "daily_budget.currency", "start_date", "audience_ids[0]", "ad_account_id",
                "goal.metric", "goal.target");
        Api.Response both = owner.api().post("/campaigns", obj("name", "x", "objective", "OUTCOME_TRAFFIC",
                "release_id", release, "track_id", "trk_01HZX0000000000000000000D1",
                "budget", obj("amount", "10", "currency", "EUR"), "start_date", "2026-03-01"));
        both.error(400, "VALIDATION_ERROR");
        owner.api().post("/campaigns", campaign(ingest(register(), "Theirs"), "10", null))
                .error(400, "VALIDATION_ERROR");
        owner.api().post("/campaigns", obj("name", "x", "objective", "OUTCOME_TRAFFIC", "release_id", release,
                "budget", obj("amount", "100", "currency", "EUR"), "daily_budget", obj("amount", "5", "currency",
                        "USD"), "start_date", "2026-03-01")).error(400, "VALIDATION_ERROR");
        assertThat(owner.api().get("/campaigns").ids()).isEmpty();
    }

    @Test
    void a_campaign_in_an_ad_account_launches_on_meta_pauses_resumes_and_completes_when_its_budget_is_spent() {
        Account owner = connectedToMeta(register());
        String release = ingest(owner, "Night Drive");
        String hook = owner.api().post("/webhooks", obj("url", "https://hooks.example.com/campaigns",
                "events", List.of("campaign.created", "campaign.launched", "campaign.paused", "campaign.completed",
                        "budget.warning", "goal.reached"))).expect(201).id();
        Map<String, Object> body = campaign(release, "0.50", EUR_ACCOUNT);
        body.put("goal", obj("metric", "IMPRESSIONS", "target", 1));
        String id = owner.api().post("/campaigns", body).expect(201).id();

        Api.Response launched = owner.api().with("Idempotency-Key", "launch-" + id)
                .post("/campaigns/" + id + "/launch", null).expect(200);
        String metaId = launched.text("meta_campaign_id");
        assertThat(metaId).isNotBlank();
        assertThat(owner.api().with("Idempotency-Key", "launch-" + id).post("/campaigns/" + id + "/launch", null)
                .expect(200).header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(launched.text("status")).isEqualTo("ACTIVE");

        JsonNode done = await(() -> owner.api().get("/campaigns/" + id).expect(200).json(),
                c -> c.path("status").asText().equals("COMPLETED"));
        assertThat(done.path("metrics").path("spend").path("amount").asText()).matches("\\d+\\.\\d{2}");
        assertThat(done.path("metrics").path("impressions").asLong()).isPositive();
        assertThat(done.path("budget_warned").asBoolean()).isTrue();
        assertThat(done.path("goal_reached").asBoolean()).isTrue();
        assertThat(owner.api().get("/meta/campaigns/" + metaId).expect(200).text("status")).isEqualTo("PAUSED");

        JsonNode messages = await(() -> owner.api().get("/webhooks/" + hook + "/messages").expect(200).json(),
                m -> m.path("data").size() == 5);
        List<String> types = new ArrayList<>();
        for (JsonNode message : messages.path("data")) {
            types.add(message.path("event_type").asText());
            assertThat(message.path("payload").path("data").path("id").asText()).isEqualTo(id);
        }
        assertThat(types).containsExactlyInAnyOrder("campaign.created", "campaign.launched", "budget.warning",
                "goal.reached", "campaign.completed");
    }

    @Test
    void pausing_and_resuming_act_on_meta_through_the_launching_members_connection_even_for_a_key() {
        Account owner = connectedToMeta(register());
        String release = ingest(owner, "Night Drive");
        String id = owner.api().post("/campaigns", campaign(release, "100000", EUR_ACCOUNT)).expect(201).id();
        String metaId = owner.api().post("/campaigns/" + id + "/launch", null).expect(200).text("meta_campaign_id");

        Api key = api.withKey(createKey(owner, "read", "write"));
        key.with("If-Match", "\"1\"").post("/campaigns/" + id + "/pause", null).error(412, "PRECONDITION_FAILED");
        assertThat(key.post("/campaigns/" + id + "/pause", null).expect(200).text("status")).isEqualTo("PAUSED");
        assertThat(owner.api().get("/meta/campaigns/" + metaId).expect(200).text("status")).isEqualTo("PAUSED");
        key.post("/campaigns/" + id + "/pause", null).error(409, "CONFLICT");
        assertThat(key.post("/campaigns/" + id + "/launch", null).expect(200).text("status")).isEqualTo("ACTIVE");
        assertThat(owner.api().get("/meta/campaigns/" + metaId).expect(200).text("status")).isEqualTo("ACTIVE");

        Api.Response raised = owner.api().patch("/campaigns/" + id, obj("budget", obj("amount", "200000",
                "currency", "EUR"))).expect(200);
        assertThat(raised.json().path("budget").path("amount").asText()).isEqualTo("200000.00");
        assertThat(owner.api().get("/meta/campaigns/" + metaId).expect(200).json().path("lifetime_budget")
                .path("amount").asText()).isEqualTo("200000.00");
        owner.api().patch("/campaigns/" + id, obj("budget", obj("amount", "5", "currency", "USD")))
                .error(409, "CONFLICT");
        owner.api().patch("/campaigns/" + id, obj("status", "ARCHIVED")).error(409, "CONFLICT");
        owner.api().delete("/campaigns/" + id).error(409, "CONFLICT");
    }

    @Test
    void a_campaign_in_an_ad_account_is_not_launched_without_a_meta_connection() {
        Account owner = register();
        String id = owner.api().post("/campaigns", campaign(ingest(owner, "Night Drive"), "100", EUR_ACCOUNT))
                .expect(201).id();

        owner.api().post("/campaigns/" + id + "/launch", null).error(409, "CONFLICT");
        assertThat(owner.api().get("/campaigns/" + id).expect(200).text("status")).isEqualTo("DRAFT");
    }

    @Test
    void roles_and_tenancy() {
        Account owner = register();
        String id = owner.api().post("/campaigns", campaign(ingest(owner, "Night Drive"), "100", null))
                .expect(201).id();
        Account viewer = member(owner, "VIEWER");

        assertThat(viewer.api().get("/campaigns/" + id).expect(200).id()).isEqualTo(id);
        viewer.api().post("/campaigns/" + id + "/launch", null).error(403, "AUTHORIZATION_ERROR");
        viewer.api().patch("/campaigns/" + id, obj("name", "Mine")).error(403, "AUTHORIZATION_ERROR");
        Account stranger = register();
        stranger.api().get("/campaigns/" + id).error(404, "NOT_FOUND");
        stranger.api().post("/campaigns/" + id + "/launch", null).error(404, "NOT_FOUND");
        stranger.api().delete("/campaigns/" + id).error(404, "NOT_FOUND");
        owner.api().get("/campaigns/cmp_%20").error(404, "NOT_FOUND");
    }
}
