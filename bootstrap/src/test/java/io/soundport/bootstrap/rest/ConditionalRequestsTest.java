package io.soundport.bootstrap.rest;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code If-Match} as RFC 9110 defines it, on every change and every deletion of a versioned resource. */
class ConditionalRequestsTest extends RestTest {

    @Test
    void an_etag_this_api_never_handed_out_is_a_failed_precondition_not_a_bad_request() {
        Account owner = register();
        String release = ingest(owner, "Original");

        owner.api().with("If-Match", "\"stale-etag\"").patch("/releases/" + release, obj("title", "Lost update"))
                .error(412, "PRECONDITION_FAILED");

        assertThat(owner.api().get("/releases/" + release).text("title")).isEqualTo("Original");
    }

    @Test
    void a_list_of_etags_matches_when_the_one_version_it_names_is_current() {
        Account owner = register();
        String release = ingest(owner, "Original");
        String etag = owner.api().get("/releases/" + release).header("ETag");

        owner.api().with("If-Match", "\"stale-etag\", \"99\"").patch("/releases/" + release, obj("title", "No"))
                .error(412, "PRECONDITION_FAILED");
        owner.api().with("If-Match", "\"stale-etag\", " + etag).patch("/releases/" + release, obj("title", "Yes"))
                .expect(200);
        Api.Response several = owner.api().with("If-Match", "\"99\", " + etag).patch("/releases/" + release,
                obj("title", "Ambiguous"));

        several.error(400, "VALIDATION_ERROR");
        assertThat(several.errorFields()).containsExactly("If-Match");
        assertThat(owner.api().get("/releases/" + release).text("title")).isEqualTo("Yes");
    }

    @Test
    void an_if_match_that_is_not_an_entity_tag_is_a_validation_error_naming_the_header() {
        Account owner = register();
        String release = ingest(owner, "Original");

        Api.Response r = owner.api().with("If-Match", "\"unterminated").patch("/releases/" + release,
                obj("title", "No"));

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactly("If-Match");
        assertThat(owner.api().get("/releases/" + release).text("title")).isEqualTo("Original");
    }

    @Test
    void a_star_matches_any_current_version() {
        Account owner = register();
        String release = ingest(owner, "Original");
        owner.api().patch("/releases/" + release, obj("title", "Second")).expect(200);

        owner.api().with("If-Match", "*").patch("/releases/" + release, obj("title", "Third")).expect(200);
        owner.api().with("If-Match", "*").delete("/releases/" + release).expect(204);

        owner.api().get("/releases/" + release).error(404, "NOT_FOUND");
    }

    @Test
    void every_delete_refuses_a_stale_etag_and_keeps_the_resource_then_takes_the_current_one() {
        Account owner = register();
        Map<String, String> resources = new LinkedHashMap<>();
        String release = ingest(owner, "To delete");
        String track = owner.api().get("/releases/" + release).json().path("tracks").get(0).path("id").asText();
        resources.put("/tracks/" + track, "{\"title\":\"Renamed\"}");
        resources.put("/releases/" + release, "{\"title\":\"Renamed\"}");
        resources.put("/artists/" + createArtist(owner, "Lonely"), "{\"name\":\"Renamed\"}");
        resources.put("/apps/" + createApp(owner), "{\"name\":\"Renamed\"}");
        resources.put("/partners/" + owner.api().post("/partners", obj("name", "Streamly", "protocol", "FILE",
                "endpoint", "streamly-" + owner.organizationId().substring(4, 12).toLowerCase(),
                "territories", List.of("WORLD"))).expect(201).id(), "{\"name\":\"Renamed\"}");
        resources.put("/webhooks/" + owner.api().post("/webhooks", obj("url", "https://hooks.example.com/in",
                "events", List.of("release.created"))).expect(201).id(), "{\"description\":\"Renamed\"}");
        resources.put("/workflow/rules/" + owner.api().post("/workflow/rules", obj("name", "Tell ops",
                "trigger", "release.delivered", "actions", List.of(obj("type", "notify", "channel", "email",
                        "to", "ops@example.com", "subject", "Delivered"))))
                .expect(201).id(), "{\"name\":\"Renamed\"}");
        resources.put("/organization/members/" + member(owner, "MEMBER").userId(), "{\"role\":\"VIEWER\"}");

        for (Map.Entry<String, String> resource : resources.entrySet()) {
            String path = resource.getKey();
            String stale = owner.api().get(path).expect(200).header("ETag");
            owner.api().send("PATCH", path, resource.getValue(), "application/json").expect(200);

            owner.api().with("If-Match", stale).delete(path).error(412, "PRECONDITION_FAILED");
            owner.api().get(path).expect(200);

            String current = owner.api().get(path).header("ETag");
            owner.api().with("If-Match", current).delete(path).expect(204);
        }
        owner.api().get("/releases/" + release).error(404, "NOT_FOUND");
    }

    @Test
    void revoking_an_api_key_which_has_no_etag_honours_only_a_star() {
        Account owner = register();
        String app = createApp(owner);
        String key = owner.api().post("/apps/" + app + "/api-keys", obj("name", "key", "scopes", List.of("read")))
                .expect(201).id();

        owner.api().with("If-Match", "\"1\"").delete("/apps/" + app + "/api-keys/" + key)
                .error(412, "PRECONDITION_FAILED");
        assertThat(owner.api().get("/apps/" + app + "/api-keys").expect(200).json().path("data").get(0)
                .path("revoked_at").isNull()).isTrue();

        owner.api().with("If-Match", "*").delete("/apps/" + app + "/api-keys/" + key).expect(204);
    }

    @Test
    void a_response_type_the_api_cannot_give_is_not_acceptable() {
        Account owner = register();

        owner.api().with("Accept", "application/xml").get("/releases").error(406, "NOT_ACCEPTABLE");
    }

    @Test
    void an_oversized_header_and_an_oversized_url_have_their_own_statuses_and_codes() {
        Account owner = register();

        owner.api().with("X-Padding", "x".repeat(20_000)).get("/releases")
                .error(431, "REQUEST_HEADER_FIELDS_TOO_LARGE");
        owner.api().get("/releases?q=" + "x".repeat(20_000)).error(414, "URI_TOO_LONG");
    }
}
