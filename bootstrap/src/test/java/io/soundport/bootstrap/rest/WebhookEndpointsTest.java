package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class WebhookEndpointsTest extends RestTest {
    private static final String URL = "https://hooks.example.com/soundport";

    @Test
    void an_endpoint_is_registered_with_a_secret_shown_once_and_managed_afterwards() {
        Account owner = register();
        Api.Response created = owner.api().post("/webhooks", obj("url", URL, "events", List.of("release.created"),
                "description", "catalog sync")).expect(201);
        String id = created.id();
        assertThat(id).startsWith("whk_");
        assertThat(created.text("secret")).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(created.header("Location")).isEqualTo("/api/v1/webhooks/" + id);

        Api.Response read = owner.api().get("/webhooks/" + id).expect(200);
        assertThat(read.json().has("secret")).as("the secret is never shown again").isFalse();
        assertThat(read.text("url")).isEqualTo(URL);
        assertThat(read.json().path("active").asBoolean()).isTrue();
        assertThat(owner.api().get("/webhooks").ids()).containsExactly(id);

        Api.Response changed = owner.api().patch("/webhooks/" + id, obj("events", List.of("*"))).expect(200);
        assertThat(changed.json().path("events").get(0).asText()).isEqualTo("*");
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");

        Api.Response rotated = owner.api().post("/webhooks/" + id + "/rotate-secret", null).expect(200);
        assertThat(rotated.text("secret")).startsWith("whsec_").isNotEqualTo(created.text("secret"));
        assertThat(rotated.text("previous_secret_expires_at")).isNotBlank();

        owner.api().delete("/webhooks/" + id).expect(204);
        owner.api().get("/webhooks/" + id).error(404, "NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://10.0.0.1/hook", "https://169.254.169.254/latest/meta-data",
            "https://[::1]/hook", "https://localhost/hook", "http://hooks.example.com.invalid/hook", "ftp://hooks.example.com/x",
            "not a url",
            // IPv4 addresses not written as a canonical dotted quad: curl and browsers read them as the address in
            // the comment, whatever the JVM makes of them.
            "https://0177.0.0.1/hook",              // 127.0.0.1 (the JVM reads 177.0.0.1)
            "https://0x7f.1/hook",                  // 127.0.0.1
            "https://2130706433/hook",              // 127.0.0.1
            "https://127.1/hook",                   // 127.0.0.1
            "https://012.0.0.1/hook",               // 10.0.0.1 (the JVM reads 12.0.0.1)
            "https://0xa9fea9fe/latest/meta-data",  // 169.254.169.254
            "https://169.254.169.254./latest/meta-data",
            "https://0300.0250.0.1/hook",           // 192.168.0.1
            "https://192.168.000.001/hook"})
    void unsafe_or_malformed_urls_are_refused_on_the_url_field(String url) {
        Account owner = register();

        Api.Response refused = owner.api().post("/webhooks", obj("url", url, "events", List.of("*")));

        refused.error(400, "VALIDATION_ERROR");
        assertThat(refused.errorFields()).containsExactly("url");
        assertThat(owner.api().get("/webhooks").ids()).isEmpty();
    }

    @Test
    void unknown_event_types_are_refused_and_the_catalog_lists_the_known_ones_with_examples() {
        Account owner = register();
        Api.Response refused = owner.api().post("/webhooks", obj("url", URL, "events", List.of("release.exploded")));
        refused.error(400, "VALIDATION_ERROR");
        assertThat(refused.errorFields()).containsExactly("events");

        JsonNode types = owner.api().get("/webhooks/event-types").expect(200).json().path("data");
        assertThat(types.findValuesAsText("type")).contains("release.created", "release.submitted", "webhook.test");
        for (JsonNode type : types) {
            assertThat(type.path("example").isObject()).as(type.toString()).isTrue();
            assertThat(type.path("description").asText()).isNotBlank();
        }
    }

    @Test
    void only_admins_manage_webhooks_and_other_tenants_see_nothing() {
        Account owner = register();
        String id = owner.api().post("/webhooks", obj("url", URL, "events", List.of("*"))).expect(201).id();
        Account member = member(owner, "MEMBER");
        member.api().post("/webhooks", obj("url", URL, "events", List.of("*"))).error(403, "AUTHORIZATION_ERROR");
        member.api().get("/webhooks").error(403, "AUTHORIZATION_ERROR");

        Account stranger = register();
        stranger.api().get("/webhooks/" + id).error(404, "NOT_FOUND");
        stranger.api().get("/webhooks/" + id + "/messages").error(404, "NOT_FOUND");
        stranger.api().post("/webhooks/" + id + "/test", null).error(404, "NOT_FOUND");
    }

    @Test
    void a_test_event_is_queued_and_listed_with_its_payload() {
        Account owner = register();
        String id = owner.api().post("/webhooks", obj("url", URL, "events", List.of("release.created"))).expect(201).id();

        Api.Response queued = owner.api().post("/webhooks/" + id + "/test", null).expect(202);

        assertThat(queued.text("event_type")).isEqualTo("webhook.test");
        assertThat(queued.json().path("payload").path("type").asText()).isEqualTo("webhook.test");
        assertThat(queued.json().path("payload").path("data").path("endpoint_id").asText()).isEqualTo(id);
        assertThat(owner.api().get("/webhooks/" + id + "/messages").ids()).containsExactly(queued.id());
        assertThat(owner.api().get("/webhooks/" + id + "/messages/" + queued.id()).expect(200).text("event_id"))
                .startsWith("evt_");
        owner.api().get("/webhooks/" + id + "/messages/msg_0000").error(404, "NOT_FOUND");
    }
}
