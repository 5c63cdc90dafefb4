package io.soundport.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.soundport.bootstrap.BackgroundWorkers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static io.soundport.lambda.LambdaTesting.registration;
import static io.soundport.lambda.LambdaTesting.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API through a handler, as API Gateway invokes it: each payload format's test says how to send one request and
 * read the answer.
 */
abstract class LambdaApiContract {
    static ApplicationContext context;

    /** An answer as API Gateway reads it from the handler: headers by lower-case name. */
    record Answer(int status, Map<String, String> headers, String body, boolean base64) {
        Answer {
            Map<String, String> lower = new TreeMap<>();
            if (headers != null) {
                headers.forEach((name, value) -> lower.put(name.toLowerCase(), value));
            }
            headers = lower;
        }

        JsonNode json() {
            assertThat(base64).as("base64-encoded body").isFalse();
            assertThat(headers.get("content-type")).startsWith("application/json");
            return LambdaTesting.parse(body);
        }

        JsonNode error(int expectedStatus, String expectedCode) {
            assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
            JsonNode error = json().path("error");
            assertThat(error.path("code").asText()).isEqualTo(expectedCode);
            assertThat(error.path("message").asText()).isNotBlank();
            assertThat(error.path("details").isArray()).isTrue();
            assertThat(error.has("request_id")).isTrue();
            return error;
        }
    }

    @BeforeAll
    static void startContext(@TempDir Path dataDir) {
        // the switch a server would honour: a Lambda keeps its workers off whatever is configured
        context = LambdaTesting.start(dataDir, "soundport.workers.enabled", true);
    }

    @AfterAll
    static void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    abstract Answer send(String method, String path, Map<String, String> headers, String body);

    @Test
    void registering_answers_201_with_a_token_that_then_reads_the_profile() {
        String email = uniqueEmail();

        Answer registered = send("POST", "/api/v1/auth/register", Map.of(), registration(email));

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonNode account = registered.json();
        String token = account.path("access_token").asText();
        assertThat(token).isNotBlank();
        assertThat(account.path("user").path("email").asText()).isEqualTo(email);

        Answer profile = send("GET", "/api/v1/auth/profile", Map.of("Authorization", "Bearer " + token), null);

        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        assertThat(profile.json().path("user").path("email").asText()).isEqualTo(email);
        assertThat(profile.json().path("organization").path("id").asText())
                .isEqualTo(account.path("organization").path("id").asText());
        assertThat(profile.json().path("role").asText()).isEqualTo("OWNER");
    }

    @Test
    void liveness_answers_200() {
        Answer live = send("GET", "/health/liveness", Map.of(), null);

        assertThat(live.status()).as(live.body()).isEqualTo(200);
        assertThat(live.json().isObject()).isTrue();
    }

    @Test
    void a_request_without_credentials_is_refused_in_the_error_envelope() {
        send("GET", "/api/v1/releases", Map.of(), null).error(401, "AUTHENTICATION_ERROR");
    }

    @Test
    void an_unknown_release_is_not_found_in_the_error_envelope() {
        String token = send("POST", "/api/v1/auth/register", Map.of(), registration(uniqueEmail())).json()
                .path("access_token").asText();

        JsonNode error = send("GET", "/api/v1/releases/unknown", Map.of("Authorization", "Bearer " + token), null)
                .error(404, "NOT_FOUND");

        assertThat(error.path("message").asText()).contains("unknown");
    }

    @Test
    void the_background_workers_do_not_run_in_a_lambda() {
        assertThat(context.containsBean(BackgroundWorkers.class)).isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("soundport-outbox-dispatcher")
                        || name.startsWith("soundport-notification-sender"));
    }
}
