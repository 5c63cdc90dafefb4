package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that a store refuses (NUL above all: PostgreSQL will not keep it) and JSON nested deeper than DynamoDB keeps
 * get the same 400 on every backend, naming the field as it was sent.
 */
class TextInputTest extends RestTest {

    @Test
    void a_nul_in_a_body_field_is_refused_naming_the_field_even_before_sign_in() {
        Api.Response r = api.post("/auth/register", obj("email", uniqueEmail("nul"), "password", PASSWORD,
                "name", "a\u0000b", "organization_name", "Org"));

        JsonNode error = r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactly("name");
        assertThat(error.path("message").asText()).isEqualTo("Invalid name: must not contain the control character U+0000");
    }

    @Test
    void a_control_character_in_a_nested_field_is_named_by_its_json_path() {
        Account owner = register();
        Map<String, Object> body = releaseBody("Night Drive", createArtist(owner, "Artist"));
        body.put("tracks", List.of(track("First", "US-RC1-76-07839", 1), track("Sec\u001Fond", "GBAYE0601498", 2)));

        Api.Response r = owner.api().post("/releases", body);

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactly("tracks[1].title");
        assertThat(owner.api().get("/releases").ids()).isEmpty();
    }

    @Test
    void a_control_character_in_a_query_or_path_parameter_is_refused_naming_it() {
        Account owner = register();
        String release = ingest(owner, "Kept");

        Api.Response query = owner.api().get("/releases?q=%00");
        query.error(400, "VALIDATION_ERROR");
        assertThat(query.errorFields()).containsExactly("q");
        Api.Response path = owner.api().get("/releases/" + release + "%00");
        path.error(400, "VALIDATION_ERROR");
        assertThat(path.errorFields()).containsExactly("id");
        assertThat(owner.api().get("/releases?q=Kept").ids()).containsExactly(release);
    }

    @Test
    void line_breaks_are_welcome_in_a_multi_line_field_and_nowhere_else() {
        Account owner = register();

        Api.Response described = owner.api().post("/webhooks", obj("url", "https://hooks.example.com/text",
                "events", List.of("*"), "description", "Catalog sync\nowned by ops\tteam"));
        assertThat(described.expect(201).text("description")).isEqualTo("Catalog sync\nowned by ops\tteam");
        Api.Response named = owner.api().post("/artists", obj("name", "Two\nLines"));
        named.error(400, "VALIDATION_ERROR");
        assertThat(named.errorFields()).containsExactly("name");
    }

    @Test
    void lone_surrogates_and_noncharacters_are_refused() {
        Account owner = register();

        Api.Response surrogate = owner.api().send("POST", "/artists", "{\"name\":\"a\\ud800b\"}", "application/json");
        surrogate.error(400, "VALIDATION_ERROR");
        assertThat(surrogate.errorFields()).containsExactly("name");
        Api.Response nonCharacter = owner.api().send("POST", "/artists", "{\"name\":\"a\\ufffeb\"}", "application/json");
        nonCharacter.error(400, "VALIDATION_ERROR");
        assertThat(nonCharacter.errorFields()).containsExactly("name");
        assertThat(owner.api().post("/artists", obj("name", "Beyonc\u00e9 \uD83C\uDFB5")).expect(201).text("name"))
                .isEqualTo("Beyonc\u00e9 \uD83C\uDFB5");
    }

    @Test
    void a_workflow_webhook_action_nested_deeper_than_every_store_keeps_is_refused_alike_on_every_backend() {
        Account owner = register();
        Object deep = "leaf";
        for (int i = 0; i < 33; i++) {
            deep = obj("a", deep);
        }

        Api.Response r = owner.api().post("/workflow/rules", obj("name", "Deep", "trigger", "release.submitted",
                "actions", List.of(obj("type", "webhook", "data", deep))));

        JsonNode error = r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).hasSize(1).allSatisfy(f -> assertThat(f).startsWith("actions[0].data.a.a"));
        assertThat(error.path("message").asText()).contains("must not nest deeper than");
        assertThat(owner.api().get("/workflow/rules").ids()).isEmpty();
    }

    @Test
    void free_form_values_are_bounded_in_size_so_every_store_keeps_a_whole_rule() {
        Account owner = register();
        List<Object> actions = List.of(obj("type", "webhook", "data", obj("blob", "x".repeat(9_000))));

        Api.Response big = owner.api().post("/workflow/rules", obj("name", "Big", "trigger", "release.submitted",
                "actions", actions));

        big.error(400, "VALIDATION_ERROR");
        assertThat(big.errorFields()).containsExactly("actions[0].data");
        Api.Response many = owner.api().post("/workflow/rules", obj("name", "Many", "trigger", "release.submitted",
                "actions", Collections.nCopies(11, obj("type", "webhook", "data", obj("k", "v")))));
        many.error(400, "VALIDATION_ERROR");
        assertThat(many.errorFields()).containsExactly("actions");
        assertThat(owner.api().get("/workflow/rules").ids()).isEmpty();
    }
}
