package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class DistributionEndpointsTest extends RestTest {

    private static Map<String, Object> deliverableRelease(String title, String upc) {
        return obj("title", title, "artist_name", "The Midnight", "upc", upc, "release_date", "2027-02-05",
                "territories", List.of("US", "GB"), "tracks", List.of(
                        obj("title", "Sunset", "isrc", "US-RC1-76-07839", "duration_ms", 215000),
                        obj("title", "Los Angeles", "isrc", "USRC17607840", "duration_ms", 198000, "explicit", true)));
    }

    @Test
    void a_rule_delivers_a_submitted_release_to_a_file_partner_and_the_release_becomes_delivered() throws Exception {
        Account owner = register();
        ddexReady(owner);
        String partner = owner.api().post("/partners", obj("name", "Streamly", "protocol", "FILE",
                "endpoint", "streamly-" + owner.organizationId().substring(4, 12).toLowerCase(),
                "territories", List.of("WORLD"), "dpid", "PADPIDA2011072101T")).expect(201).id();
        String rule = owner.api().post("/workflow/rules", obj("name", "Deliver on submit", "trigger", "release.submitted",
                "conditions", List.of(obj("field", "release.track_count", "op", "gt", "value", 1)),
                "actions", List.of(obj("type", "deliver")))).expect(201).id();
        String release = owner.api().post("/releases", deliverableRelease("Night Drive", "036000291452")).expect(201).id();
        deliveryReady(owner, release);

        owner.api().post("/releases/" + release + "/submit", null).expect(200);

        JsonNode summary = await(() -> owner.api().get("/delivery-status?release_id=" + release).expect(200).json(),
                s -> s.path("release_status").asText().equals("DELIVERED"));
        assertThat(summary.path("counts").path("DELIVERED").asInt()).isEqualTo(1);
        JsonNode delivery = owner.api().get("/deliveries?release_id=" + release).expect(200).json().path("data").get(0);
        assertThat(delivery.path("partner_id").asText()).isEqualTo(partner);
        String reference = delivery.path("partner_reference").asText();
        String batch = DeliveredBatch.batchOf(reference);
        String folder = "streamly-" + owner.organizationId().substring(4, 12).toLowerCase();
        assertThat(reference).isEqualTo(folder + "/" + batch + "/" + DeliveredBatch.UPC);
        DeliveredBatch.assertComplete(DeliveredBatch.onDisk(dataDir.resolve("drops").resolve(folder).resolve(batch)),
                batch, delivery.path("id").asText(), 2);
        assertThat(delivery.path("attempts").get(0).path("succeeded").asBoolean()).isTrue();
        JsonNode run = owner.api().get("/workflow/executions?rule_id=" + rule).expect(200).json().path("data").get(0);
        assertThat(run.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.path("outcomes").get(0).path("detail").asText()).isEqualTo("queued 1 delivery");
        assertThat(owner.api().get("/deliveries/" + delivery.path("id").asText()).expect(200).text("status"))
                .isEqualTo("DELIVERED");

        Api withKey = owner.api().with("Idempotency-Key", "takedown-once");
        Api.Response takedown = withKey.post("/releases/" + release + "/takedown", null).expect(200);
        assertThat(takedown.text("status")).isEqualTo("TAKEDOWN_REQUESTED");
        assertThat(takedown.header("ETag")).isEqualTo("\"" + takedown.json().path("version").asLong() + "\"");
        Api.Response retried = withKey.post("/releases/" + release + "/takedown", null).expect(200);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json()).isEqualTo(takedown.json());
        await(() -> owner.api().get("/releases/" + release).expect(200).json(),
                r -> r.path("status").asText().equals("TAKEN_DOWN"));
        assertThat(owner.api().get("/deliveries?release_id=" + release).expect(200).json().path("data")).hasSize(2);
    }

    @Test
    void partners_refuse_unsafe_endpoints_and_keep_credentials_write_only() {
        Account owner = register();
        owner.api().post("/partners", obj("name", "Bad", "protocol", "HTTP", "endpoint", "https://10.0.0.1/ingest"))
                .error(400, "VALIDATION_ERROR");
        Api.Response traversal = owner.api().post("/partners", obj("name", "Bad", "protocol", "FILE", "endpoint", "../../etc"));
        traversal.error(400, "VALIDATION_ERROR");
        assertThat(traversal.errorFields()).containsExactly("endpoint");
        Api.Response s3 = owner.api().post("/partners", obj("name", "Bucket", "protocol", "S3", "endpoint", "bucket"));
        s3.error(400, "VALIDATION_ERROR");
        assertThat(s3.errorFields()).containsExactlyInAnyOrder("endpoint", "credentials");

        Api.Response created = owner.api().post("/partners", obj("name", "Tunely", "protocol", "HTTP",
                "endpoint", "https://hooks.example.com/ingest", "credentials", "top-secret-token")).expect(201);
        assertThat(created.body()).doesNotContain("top-secret-token");
        assertThat(created.json().path("has_credentials").asBoolean()).isTrue();
        String id = created.id();
        assertThat(owner.api().get("/partners/" + id).expect(200).body()).doesNotContain("top-secret-token");
        assertThat(owner.api().patch("/partners/" + id, obj("active", false)).expect(200).json().path("active").asBoolean())
                .isFalse();
        assertThat(owner.api().get("/partners").ids()).containsExactly(id);

        Account member = member(owner, "MEMBER");
        member.api().post("/partners", obj("name", "X", "protocol", "FILE", "endpoint", "x")).error(403, "AUTHORIZATION_ERROR");
        assertThat(member.api().get("/partners/" + id).expect(200).id()).isEqualTo(id);
        register().api().get("/partners/" + id).error(404, "NOT_FOUND");
        owner.api().delete("/partners/" + id).expect(204);
    }

    @Test
    void partners_keep_a_ddex_party_id_a_test_flag_and_a_takedown_message() {
        Account owner = register();
        Api.Response bad = owner.api().post("/partners", obj("name", "Bad", "protocol", "FILE", "endpoint", "bad",
                "dpid", "PADPIDA-1", "takedown", "erase"));
        bad.error(400, "VALIDATION_ERROR");
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("dpid", "takedown");
        assertThat(owner.api().get("/partners").ids()).isEmpty();

        Api.Response plain = owner.api().post("/partners", obj("name", "Plain", "protocol", "FILE", "endpoint",
                "plain")).expect(201);
        assertThat(plain.json().path("test").asBoolean()).isFalse();
        assertThat(plain.text("takedown")).isEqualTo("message");

        Api.Response created = owner.api().post("/partners", obj("name", "Streamly", "protocol", "FILE",
                "endpoint", "streamly", "dpid", "PADPIDA2011072101T", "test", true, "takedown", "purge")).expect(201);
        String id = created.id();
        assertThat(created.text("dpid")).isEqualTo("PADPIDA2011072101T");
        assertThat(created.json().path("test").asBoolean()).isTrue();
        assertThat(created.text("takedown")).isEqualTo("purge");

        String stored = owner.api().get("/partners/" + id).expect(200).body();
        Api.Response badChange = owner.api().patch("/partners/" + id, obj("dpid", "nope", "takedown", "x"));
        badChange.error(400, "VALIDATION_ERROR");
        assertThat(badChange.errorFields()).containsExactlyInAnyOrder("dpid", "takedown");
        assertThat(owner.api().get("/partners/" + id).expect(200).body()).isEqualTo(stored);

        Api.Response changed = owner.api().patch("/partners/" + id, obj("dpid", "", "test", false, "takedown",
                "message")).expect(200);
        assertThat(changed.json().path("dpid").isNull() || changed.json().path("dpid").isMissingNode()).isTrue();
        assertThat(changed.json().path("test").asBoolean()).isFalse();
        assertThat(changed.text("takedown")).isEqualTo("message");
        assertThat(changed.text("name")).isEqualTo("Streamly");
    }

    @Test
    void deliveries_need_a_submitted_deliverable_release_and_an_active_partner() {
        Account owner = register();
        String partner = owner.api().post("/partners", obj("name", "Streamly", "protocol", "FILE", "endpoint", "s"))
                .expect(201).id();
        String draft = owner.api().post("/releases", deliverableRelease("Draft", "036000291452")).expect(201).id();
        owner.api().post("/releases/" + draft + "/deliveries", obj("partner_ids", List.of(partner))).error(409, "CONFLICT");

        String noUpc = owner.api().post("/releases", obj("title", "No UPC", "artist_name", "X", "release_date",
                "2027-01-01", "tracks", List.of(obj("title", "A", "duration_ms", 200000)))).expect(201).id();
        owner.api().post("/releases/" + noUpc + "/submit", null).expect(200);
        Api.Response refused = owner.api().post("/releases/" + noUpc + "/deliveries", obj("partner_ids", List.of(partner)));
        refused.error(409, "CONFLICT");
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("upc", "tracks", "organization.dpid",
                "partner_ids[0].dpid", "label", "genre", "p_line", "c_line", "artwork", "audio");
        assertThat(owner.api().get("/deliveries?release_id=" + noUpc).expect(200).json().path("data")).isEmpty();
        assertThat(owner.api().get("/releases/" + noUpc).expect(200).text("status")).isEqualTo("SUBMITTED");

        JsonNode none = owner.api().post("/releases/" + noUpc + "/deliveries", obj("partner_ids", List.of()))
                .error(400, "VALIDATION_ERROR");
        assertThat(none.path("message").asText()).isEqualTo("Invalid partner_ids: name at least one partner");
        assertThat(none.path("details").get(0).path("field").asText()).isEqualTo("partner_ids");
        owner.api().get("/delivery-status").error(400, "VALIDATION_ERROR");
        owner.api().get("/deliveries?status=LOST").error(400, "VALIDATION_ERROR");
        owner.api().get("/deliveries/dlv_0000").error(404, "NOT_FOUND");
    }

    @Test
    void an_execution_names_the_release_of_its_event_and_executions_filter_by_release() throws Exception {
        Account owner = register();
        List<Object> tellOps = List.of(obj("type", "notify", "channel", "email", "to", "ops@example.com"));
        String rule = owner.api().post("/workflow/rules", obj("name", "Tell ops", "trigger", "release.submitted",
                "actions", tellOps)).expect(201).id();
        String onArtist = owner.api().post("/workflow/rules", obj("name", "New artist", "trigger", "artist.created",
                "actions", tellOps)).expect(201).id();
        String first = owner.api().post("/releases", deliverableRelease("Night Drive", "036000291452"))
                .expect(201).id();
        String second = owner.api().post("/releases", deliverableRelease("Day Drive", "012345678905"))
                .expect(201).id();

        owner.api().post("/releases/" + first + "/submit", null).expect(200);
        owner.api().post("/releases/" + second + "/submit", null).expect(200);

        JsonNode runs = await(() -> owner.api().get("/workflow/executions?rule_id=" + rule).expect(200).json(),
                page -> page.path("data").size() == 2);
        JsonNode ofFirst = owner.api().get("/workflow/executions?release_id=" + first).expect(200).json();
        assertThat(ofFirst.path("data")).singleElement().satisfies(run -> {
            assertThat(run.path("rule_id").asText()).isEqualTo(rule);
            assertThat(run.path("event_type").asText()).isEqualTo("release.submitted");
            assertThat(run.path("release_id").asText()).isEqualTo(first);
        });
        String runId = ofFirst.path("data").get(0).path("id").asText();
        assertThat(owner.api().get("/workflow/executions/" + runId).expect(200).text("release_id")).isEqualTo(first);
        assertThat(runs.path("data")).extracting(run -> run.path("release_id").asText())
                .containsExactlyInAnyOrder(first, second);
        JsonNode artistRun = await(() -> owner.api().get("/workflow/executions?rule_id=" + onArtist).expect(200)
                .json(), page -> page.path("data").size() > 0).path("data").get(0);
        assertThat(artistRun.has("release_id")).isTrue();
        assertThat(artistRun.path("release_id").isNull()).isTrue();
        assertThat(owner.api().get("/workflow/executions?release_id=" + second + "&rule_id=" + onArtist).expect(200)
                .ids()).isEmpty();
        assertThat(owner.api().get("/workflow/executions?release_id=rel_01JDX4N8QD8F0H2K4M6P8R0T2V").expect(200)
                .ids()).isEmpty();
        Api.Response invalid = owner.api().get("/workflow/executions?release_id=art_01JDX4N8QD8F0H2K4M6P8R0T2V");
        invalid.error(400, "VALIDATION_ERROR");
        assertThat(invalid.errorFields()).containsExactly("release_id");
        Account stranger = register();
        assertThat(stranger.api().get("/workflow/executions?release_id=" + first).expect(200).ids()).isEmpty();
    }

    @Test
    void workflow_rules_are_validated_field_by_field_and_managed() {
        Account owner = register();
        Api.Response invalid = owner.api().post("/workflow/rules", obj("name", "", "trigger", "nope",
                "conditions", List.of(obj("field", "x", "op", "like", "value", 1)),
                "actions", List.of(obj("type", "explode"))));
        invalid.error(400, "VALIDATION_ERROR");
        assertThat(invalid.errorFields()).contains("name", "trigger", "conditions[0].op", "actions[0].type");

        String id = owner.api().post("/workflow/rules", obj("name", "Tell ops", "trigger", "release.delivered",
                "actions", List.of(obj("type", "notify", "channel", "email", "to", "ops@example.com",
                        "subject", "{{release.title}} delivered")))).expect(201).id();
        JsonNode rule = owner.api().get("/workflow/rules/" + id).expect(200).json();
        assertThat(rule.path("actions").get(0).path("to").asText()).isEqualTo("ops@example.com");
        assertThat(owner.api().patch("/workflow/rules/" + id, obj("enabled", false)).expect(200).json()
                .path("enabled").asBoolean()).isFalse();
        assertThat(owner.api().get("/workflow/rules").ids()).containsExactly(id);
        member(owner, "MEMBER").api().delete("/workflow/rules/" + id).error(403, "AUTHORIZATION_ERROR");
        owner.api().delete("/workflow/rules/" + id).expect(204);
        owner.api().get("/workflow/rules/" + id).error(404, "NOT_FOUND");
    }
}
