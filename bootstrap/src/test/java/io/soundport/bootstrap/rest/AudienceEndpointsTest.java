package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audiences over HTTP, and their sync to Meta through the user's connection on the sandbox (the server's default
 * without a Meta app id: ad accounts act_1000000001 and act_1000000002).
 */
class AudienceEndpointsTest extends RestTest {
    private static final String EUR = "act_1000000001";


    private static JsonNode synced(Account owner, String id) {
        return await(() -> owner.api().get("/audiences/" + id).expect(200).json(),
                a -> !a.path("meta").path("sync_status").asText().equals("SYNCING"));
    }

    @Test
    void a_custom_audience_is_created_read_with_its_etag_listed_changed_at_its_version_and_deleted() {
        Account owner = register();
        Api.Response created = owner.api().post("/audiences", obj("name", "Ticket buyers",
                "description", "Bought a ticket in 2026", "source", "partner_provided_only", "country", "fr"))
                .expect(201);
        String id = created.id();
        assertThat(id).startsWith("aun_");
        assertThat(created.header("Location")).isEqualTo("/api/v1/audiences/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode audience = created.json();
        assertThat(audience.path("type").asText()).isEqualTo("CUSTOM");
        assertThat(audience.path("source").asText()).isEqualTo("PARTNER_PROVIDED_ONLY");
        assertThat(audience.path("country").asText()).isEqualTo("FR");
        assertThat(audience.path("member_count").asLong()).isZero();
        assertThat(audience.path("meta").path("sync_status").asText()).isEqualTo("NEVER_SYNCED");
        owner.api().with("If-None-Match", "\"1\"").get("/audiences/" + id).expect(304);

        String fans = owner.api().post("/audiences", obj("name", "Fans")).expect(201).id();
        assertThat(owner.api().get("/audiences/" + fans).expect(200).text("source")).isEqualTo("USER_PROVIDED_ONLY");
        JsonNode page = owner.api().get("/audiences?type=custom&limit=1").expect(200).json();
        assertThat(page.path("data").get(0).path("id").asText()).isEqualTo(fans);
        assertThat(owner.api().get("/audiences?limit=1&cursor=" + page.path("next_cursor").asText()).expect(200)
                .ids()).containsExactly(id);
        assertThat(owner.api().get("/audiences?type=LOOKALIKE").expect(200).ids()).isEmpty();
        assertThat(owner.api().get("/audiences?type=twin&origin=x").errorFields())
                .containsExactlyInAnyOrder("type", "origin");

        owner.api().with("If-Match", "\"9\"").patch("/audiences/" + id, obj("name", "Late"))
                .error(412, "PRECONDITION_FAILED");
        Api.Response changed = owner.api().with("If-Match", "\"1\"").patch("/audiences/" + id,
                obj("name", "Buyers", "country", "")).expect(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(changed.json().path("country").isNull()).isTrue();
        assertThat(owner.api().post("/audiences", obj("name", "", "source", "friends", "country", "XX"))
                .errorFields()).containsExactlyInAnyOrder("name", "source", "country");

        Account viewer = member(owner, "VIEWER");
        assertThat(viewer.api().get("/audiences/" + id).expect(200).text("name")).isEqualTo("Buyers");
        viewer.api().post("/audiences", obj("name", "No")).error(403, "AUTHORIZATION_ERROR");
        register().api().get("/audiences/" + id).error(404, "NOT_FOUND");

        owner.api().with("If-Match", "\"1\"").delete("/audiences/" + id).error(412, "PRECONDITION_FAILED");
        owner.api().with("If-Match", "\"2\"").delete("/audiences/" + id).expect(204);
        owner.api().get("/audiences/" + id).error(404, "NOT_FOUND");
    }

    @Test
    void people_are_added_hashed_a_lookalike_is_made_and_both_are_synced_to_meta_in_the_background() {
        Account owner = connectedToMeta(register());
        String fans = owner.api().post("/audiences", obj("name", "Fans")).expect(201).id();

        JsonNode added = owner.api().with("Idempotency-Key", "members-" + System.nanoTime())
                .post("/audiences/" + fans + "/members", obj("people", List.of(obj("email", " Fan@Example.com "),
                        obj("phone", "+44 20 7946 0958"), obj("email", "fan@example.com", "phone", "+1 650 555 1212"))))
                .expect(200).json();
        assertThat(added.path("received").asLong()).isEqualTo(3);
        assertThat(added.path("added").asLong()).isEqualTo(2);
        assertThat(added.path("audience").path("member_count").asLong()).isEqualTo(2);
        Api.Response refused = owner.api().post("/audiences/" + fans + "/members", obj("people", List.of(
                obj("email", "not-an-address"), obj("phone", "06 98 76 54 32"))));
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("people[0].email", "people[1].phone");
        assertThat(refused.body()).doesNotContain("not-an-address").doesNotContain("98 76");

        JsonNode removed = owner.api().post("/audiences/" + fans + "/members/remove", obj("people", List.of(
                obj("phone", "+44 20 7946 0958"), obj("email", "nobody@example.com")))).expect(200).json();
        assertThat(removed.path("removed").asLong()).isEqualTo(1);
        assertThat(removed.path("audience").path("member_count").asLong()).isEqualTo(1);

        Map<String, Object> lookalike = obj("country", "FR", "ratio", "0.02");
        JsonNode like = owner.api().post("/audiences/" + fans + "/lookalike", lookalike).expect(201).json();
        String likeId = like.path("id").asText();
        assertThat(like.path("type").asText()).isEqualTo("LOOKALIKE");
        assertThat(like.path("lookalike").path("origin_id").asText()).isEqualTo(fans);
        assertThat(like.path("lookalike").path("ratio").asText()).isEqualTo("0.02");
        assertThat(like.path("name").asText()).isEqualTo("Lookalike (FR, 2%) of Fans");
        assertThat(owner.api().post("/audiences/" + fans + "/lookalike", obj("country", "FR", "ratio", 0.5))
                .errorFields()).containsExactly("ratio");
        owner.api().post("/audiences/" + likeId + "/members", obj("people", List.of(obj("email", "a@example.com"))))
                .error(409, "CONFLICT");
        assertThat(owner.api().post("/audiences/" + likeId + "/sync/meta", obj("ad_account_id", EUR))
                .error(409, "CONFLICT").path("message").asText()).contains("sync it first");

        Api.Response started = owner.api().post("/audiences/" + fans + "/sync/meta", obj("ad_account_id", EUR))
                .expect(202);
        assertThat(started.header("Location")).isEqualTo("/api/v1/audiences/" + fans);
        assertThat(started.json().path("meta").path("total").asLong()).isEqualTo(1);
        JsonNode origin = synced(owner, fans);
        assertThat(origin.path("meta").path("sync_status").asText()).isEqualTo("SYNCED");
        assertThat(origin.path("meta").path("sent").asLong()).isEqualTo(1);
        assertThat(origin.path("meta").path("audience_id").asText()).matches("\\d+");
        assertThat(origin.path("meta").path("ad_account_id").asText()).isEqualTo(EUR);

        owner.api().post("/audiences/" + likeId + "/sync/meta", null).expect(202);
        JsonNode likeSynced = synced(owner, likeId);
        assertThat(likeSynced.path("meta").path("sync_status").asText()).isEqualTo("SYNCED");
        assertThat(likeSynced.path("meta").path("audience_id").asText()).matches("\\d+")
                .isNotEqualTo(origin.path("meta").path("audience_id").asText());

        assertThat(owner.api().delete("/audiences/" + fans).error(409, "CONFLICT").path("message").asText())
                .contains(likeId);
        assertThat(owner.api().get("/audiences?origin=" + fans).expect(200).ids()).containsExactly(likeId);
        owner.api().delete("/audiences/" + likeId).expect(204);
        owner.api().delete("/audiences/" + fans).expect(204);
    }

    @Test
    void without_a_meta_connection_a_sync_says_to_connect_first_and_a_first_sync_needs_an_ad_account() {
        Account owner = register();
        String fans = owner.api().post("/audiences", obj("name", "Fans")).expect(201).id();
        assertThat(owner.api().post("/audiences/" + fans + "/sync/meta", obj("ad_account_id", EUR))
                .error(409, "CONFLICT").path("message").asText()).contains("connect");
        connectedToMeta(owner);
        assertThat(owner.api().post("/audiences/" + fans + "/sync/meta", null).errorFields())
                .containsExactly("ad_account_id");
        assertThat(owner.api().post("/audiences/" + fans + "/sync/meta", obj("ad_account_id", "acct")).errorFields())
                .containsExactly("ad_account_id");
        owner.api().post("/audiences/aun_01JZZZZZZZZZZZZZZZZZZZZZZZ/sync/meta", obj("ad_account_id", EUR))
                .error(404, "NOT_FOUND");
    }
}
