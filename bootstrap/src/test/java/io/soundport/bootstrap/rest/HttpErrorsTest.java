package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParseException;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.web.router.Router;
import io.soundport.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** The framework's own rejections, in the same envelope as the core's. */
class HttpErrorsTest extends RestTest {

    @Test
    void every_answer_carries_a_request_id_and_echoes_the_one_the_caller_sent() {
        Account owner = register();

        assertThat(owner.api().get("/releases").expect(200).header("X-Request-Id")).startsWith("req_");
        assertThat(owner.api().with("X-Request-Id", "trace-42.a:b").get("/releases").expect(200)
                .header("X-Request-Id")).isEqualTo("trace-42.a:b");

        Api.Response error = api.with("X-Request-Id", "trace-43").get("/releases");
        assertThat(error.error(401, "AUTHENTICATION_ERROR").path("request_id").asText()).isEqualTo("trace-43");
    }

    @Test
    void a_request_id_that_is_not_sane_is_replaced() {
        Api.Response r = api.with("X-Request-Id", "has spaces and <html>").get("/health/liveness");

        assertThat(r.expect(200).header("X-Request-Id")).startsWith("req_").doesNotContain(" ");
    }

    @Test
    void the_errors_a_client_causes_at_will_have_global_error_routes() {
        // without one, Micronaut searches every bean definition for the closest ExceptionHandler on each error,
        // uncached: a 404 or a 401 cost three times the CPU of a 200 (ErrorRoutes)
        Router router = server.getApplicationContext().getBean(Router.class);
        HttpRequest<?> request = HttpRequest.GET("/api/v1/releases/rel_x");

        assertThat(router.findErrorRoute(DomainException.notFound("release", "rel_x"), request)).isPresent();
        assertThat(router.findErrorRoute(new AuthorizationException(null), request)).isPresent();
        assertThat(router.findErrorRoute(new JsonParseException(null, "bad"), request)).isPresent();
    }

    @Test
    void an_unknown_id_is_not_found() {
        Account owner = register();

        JsonNode error = owner.api().get("/releases/rel_01M84FSC94TMR98YJ6RAGBRP56").error(404, "NOT_FOUND");

        assertThat(error.path("message").asText()).contains("rel_01M84FSC94TMR98YJ6RAGBRP56");
    }

    @Test
    void a_malformed_id_is_not_found_like_an_unknown_one() {
        Account owner = register();

        owner.api().get("/releases/not-an-id").error(404, "NOT_FOUND");
        owner.api().get("/artists/%20").error(404, "NOT_FOUND");
        owner.api().get("/tracks/x").error(404, "NOT_FOUND");
        owner.api().get("/apps/x").error(404, "NOT_FOUND");
    }

    @Test
    void another_organizations_resources_are_not_found() {
        Account owner = register();
        String release = ingest(owner, "Theirs");
        String artist = owner.api().get("/releases/" + release).expect(200).text("artist_id");
        String track = owner.api().get("/releases/" + release).json().path("tracks").get(0).path("id").asText();
        String app = createApp(owner);
        Account stranger = register();

        stranger.api().get("/releases/" + release).error(404, "NOT_FOUND");
        stranger.api().patch("/releases/" + release, obj("title", "Stolen")).error(404, "NOT_FOUND");
        stranger.api().delete("/releases/" + release).error(404, "NOT_FOUND");
        stranger.api().get("/artists/" + artist).error(404, "NOT_FOUND");
        stranger.api().delete("/artists/" + artist).error(404, "NOT_FOUND");
        stranger.api().get("/tracks/" + track).error(404, "NOT_FOUND");
        stranger.api().get("/apps/" + app).error(404, "NOT_FOUND");
        stranger.api().post("/apps/" + app + "/api-keys", obj("name", "k", "scopes", java.util.List.of("read")))
                .error(404, "NOT_FOUND");

        assertThat(owner.api().get("/releases/" + release).expect(200).text("title")).isEqualTo("Theirs");
    }

    @Test
    void an_unknown_route_is_not_found() {
        Account owner = register();

        JsonNode error = owner.api().get("/no-such-thing").error(404, "NOT_FOUND");

        assertThat(error.path("message").asText()).isEqualTo("No such route: GET /api/v1/no-such-thing");
    }

    @Test
    void a_wrong_method_is_method_not_allowed() {
        Account owner = register();

        Api.Response r = owner.api().send("PUT", "/releases", "{}", "application/json");

        r.error(405, "METHOD_NOT_ALLOWED");
        assertThat(r.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void a_body_that_is_not_json_is_an_unsupported_media_type() {
        Account owner = register();

        owner.api().send("POST", "/artists", "name=Plain", "text/plain").error(415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void malformed_json_is_a_validation_error() {
        Account owner = register();

        JsonNode error = owner.api().post("/artists", "{\"name\": ").error(400, "VALIDATION_ERROR");

        assertThat(error.path("message").asText()).startsWith("The body is not valid JSON");
    }

    @Test
    void an_empty_or_null_body_asks_for_a_json_body_without_naming_a_field() {
        Account owner = register();

        for (String body : new String[] {"", "null"}) {
            Api.Response r = owner.api().post("/artists", body);
            JsonNode error = r.error(400, "VALIDATION_ERROR");
            assertThat(error.path("message").asText()).isEqualTo("The request needs a JSON body");
            assertThat(r.errorFields()).isEmpty();
        }
    }

    @Test
    void well_formed_json_that_is_not_an_object_is_a_validation_error() {
        Account owner = register();

        for (String body : new String[] {"[]", "\"text\""}) {
            JsonNode error = owner.api().post("/artists", body).error(400, "VALIDATION_ERROR");
            assertThat(error.path("message").asText()).isEqualTo("The body must be a JSON object");
        }
    }

    @Test
    void a_field_of_the_wrong_type_is_named() {
        Account owner = register();
        String artist = createArtist(owner, "Typed");

        Api.Response r = owner.api().post("/releases", obj("title", "Typed", "artist_id", artist,
                "tracks", java.util.List.of(obj("title", "T", "duration_ms", "long", "position", 1))));

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactly("tracks[0].duration_ms");
    }

    @Test
    void a_body_larger_than_one_megabyte_is_payload_too_large() {
        Account owner = register();
        char[] name = new char[1_100_000];
        Arrays.fill(name, 'x');
        byte[] body = ("{\"name\":\"" + new String(name) + "\"}").getBytes(StandardCharsets.UTF_8);

        Api.Response r;
        try {
            r = owner.api().send("POST", "/artists", body, "application/json");
        } catch (UncheckedIOException e) {
            throw new AssertionError("the server closed the connection instead of answering 413", e);
        }

        r.error(413, "PAYLOAD_TOO_LARGE");
        assertThat(owner.api().get("/artists").expect(200).ids()).isEmpty();
    }
}
