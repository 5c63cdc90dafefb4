package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class AppsAndApiKeysTest extends RestTest {

    @Test
    void an_app_is_created_listed_read_changed_and_deleted() {
        Account owner = register();

        Api.Response created = owner.api().post("/apps", obj("name", "Shop", "email", "shop@example.com",
                "domain", "shop.example.com"));
        created.expect(201);
        String id = created.id();
        assertThat(created.text("application_id")).isEqualTo(id);
        assertThat(created.text("name")).isEqualTo("Shop");
        assertThat(created.text("email")).isEqualTo("shop@example.com");
        assertThat(created.text("domain")).isEqualTo("shop.example.com");
        assertThat(created.header("Location")).isEqualTo("/api/v1/apps/" + id);

        assertThat(owner.api().get("/apps").expect(200).ids()).containsExactly(id);
        Api.Response read = owner.api().get("/apps/" + id).expect(200);
        assertThat(read.text("name")).isEqualTo("Shop");

        Api.Response changed = owner.api().with("If-Match", read.header("ETag")).patch("/apps/" + id,
                obj("name", "Shop 2"));
        assertThat(changed.expect(200).text("name")).isEqualTo("Shop 2");
        assertThat(changed.text("domain")).isEqualTo("shop.example.com");

        owner.api().delete("/apps/" + id).expect(204);
        owner.api().get("/apps/" + id).error(404, "NOT_FOUND");
        assertThat(owner.api().get("/apps").ids()).isEmpty();
    }

    @Test
    void an_app_without_a_name_or_with_a_bad_email_is_refused() {
        Account owner = register();

        Api.Response r = owner.api().post("/apps", obj("email", "nope"));

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactlyInAnyOrder("name", "email");
    }

    @Test
    void a_new_key_is_shown_once_and_listed_by_its_prefix_only() {
        Account owner = register();
        String app = createApp(owner);

        Api.Response issued = owner.api().post("/apps/" + app + "/api-keys",
                obj("name", "Backend", "scopes", List.of("write", "read")));

        issued.expect(201);
        String key = issued.text("key");
        assertThat(key).startsWith("sp_live_");
        assertThat(issued.text("prefix")).isNotBlank();
        assertThat(key).startsWith(issued.text("prefix"));
        assertThat(issued.text("created_at")).isNotBlank();
        assertThat(issued.json().path("scopes")).extracting(JsonNode::asText).containsExactlyInAnyOrder("read", "write");

        Api.Response list = owner.api().get("/apps/" + app + "/api-keys").expect(200);
        assertThat(list.ids()).containsExactly(issued.id());
        JsonNode listed = list.json().path("data").get(0);
        assertThat(listed.has("key")).isFalse();
        assertThat(list.body()).doesNotContain(key);
        assertThat(listed.path("prefix").asText()).isEqualTo(issued.text("prefix"));
        assertThat(listed.has("last_used_at")).isTrue();
        assertThat(listed.path("last_used_at").isNull()).isTrue();
        assertThat(listed.path("active").asBoolean()).isTrue();

        api.withKey(key).get("/releases").expect(200);
        JsonNode used = owner.api().get("/apps/" + app + "/api-keys").json().path("data").get(0);
        assertThat(used.path("last_used_at").asText()).isNotBlank();
    }

    @Test
    void a_key_with_an_unknown_scope_or_a_past_expiry_is_refused() {
        Account owner = register();
        String app = createApp(owner);

        Api.Response r = owner.api().post("/apps/" + app + "/api-keys", obj("name", "k", "scopes", List.of("root"),
                "expires_at", "2001-01-01T00:00:00Z"));

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).contains("scopes", "expires_at");
    }

    @Test
    void a_revoked_key_is_listed_as_inactive_and_verifies_as_invalid() {
        Account owner = register();
        String app = createApp(owner);
        Api.Response issued = owner.api().post("/apps/" + app + "/api-keys",
                obj("name", "Revoked", "scopes", List.of("read"))).expect(201);

        owner.api().delete("/apps/" + app + "/api-keys/" + issued.id()).expect(204);

        JsonNode listed = owner.api().get("/apps/" + app + "/api-keys").json().path("data").get(0);
        assertThat(listed.path("active").asBoolean()).isFalse();
        assertThat(listed.path("revoked_at").asText()).isNotBlank();
        assertThat(api.post("/api-keys/verify", obj("key", issued.text("key"))).expect(200).json().path("valid")
                .asBoolean()).isFalse();
        owner.api().delete("/apps/" + app + "/api-keys/key_unknown").error(404, "NOT_FOUND");
    }

    @Test
    void verifying_a_valid_key_names_its_app_organization_and_scopes() {
        Account owner = register();
        String app = createApp(owner);
        String key = owner.api().post("/apps/" + app + "/api-keys", obj("name", "k", "scopes", List.of("read")))
                .expect(201).text("key");

        Api.Response r = api.post("/api-keys/verify", obj("key", key));

        r.expect(200);
        JsonNode json = r.json();
        assertThat(json.path("valid").asBoolean()).isTrue();
        assertThat(json.path("app_id").asText()).isEqualTo(app);
        assertThat(json.path("organization_id").asText()).isEqualTo(owner.organizationId());
        assertThat(json.path("scopes")).extracting(JsonNode::asText).containsExactly("read");
        assertThat(json.has("expires_at")).isTrue();
    }

    @Test
    void verifying_an_invalid_key_answers_the_same_shape_and_says_nothing_else() {
        Account owner = register();
        String valid = createKey(owner, "read");

        Api.Response r = api.post("/api-keys/verify", obj("key", "sp_live_made_up_key_000000000000000000"));

        r.expect(200);
        JsonNode json = r.json();
        assertThat(Api.Response.fieldNames(json)).containsExactlyInAnyOrderElementsOf(
                Api.Response.fieldNames(api.post("/api-keys/verify", obj("key", valid)).json()));
        assertThat(json.path("valid").asBoolean()).isFalse();
        assertThat(json.path("app_id").isNull()).isTrue();
        assertThat(json.path("organization_id").isNull()).isTrue();
        assertThat(json.path("scopes").isNull()).isTrue();
        assertThat(json.path("expires_at").isNull()).isTrue();
    }

    @Test
    void deleting_an_app_revokes_its_keys() {
        Account owner = register();
        String app = createApp(owner);
        String key = owner.api().post("/apps/" + app + "/api-keys", obj("name", "k", "scopes", List.of("read")))
                .expect(201).text("key");

        owner.api().delete("/apps/" + app).expect(204);

        assertThat(api.post("/api-keys/verify", obj("key", key)).json().path("valid").asBoolean()).isFalse();
    }
}
