package io.soundport.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.soundport.sdk.event.Event;
import io.soundport.sdk.event.ReleaseData;
import io.soundport.sdk.model.ReleaseStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks from the running server to a WireMock receiver: signatures that the official Standard Webhooks library
 * and this SDK's {@link Webhooks#verify} both accept (and refuse once tampered with), retries after errors and
 * time-outs, FAILED after the last attempt, replay.
 */
class WebhookDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WireMockServer receiver;
    private static EmbeddedServer server;

    private String token;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "webhook-delivery-test-secret-0123456789abcdef",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString(),
                "soundport.outbound.allowed-hosts", "127.0.0.1",
                "soundport.webhooks.retry-schedule", "300ms,300ms,300ms",
                "soundport.webhooks.timeout", "1s",
                "soundport.workers.poll-interval", "50ms"));
    }

    @AfterAll
    static void stop() {
        server.close();
        receiver.stop();
    }

    @BeforeEach
    void account() throws Exception {
        receiver.resetAll();
        String email = "hooks-" + UUID.randomUUID() + "@example.com";
        token = call("POST", "/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\","
                + "\"name\":\"Hook\",\"organization_name\":\"Hook Records\"}", 201).path("access_token").asText();
    }

    @Test
    void a_release_event_arrives_signed_so_that_the_standard_webhooks_library_verifies_it() throws Exception {
        receiver.stubFor(post(urlEqualTo("/ok")).willReturn(aResponse().withStatus(204)));
        JsonNode endpoint = register("/ok", "release.created");

        String release = call("POST", "/api/v1/releases", "{\"title\":\"Night Drive\",\"artist_name\":\"The Midnight\"}", 201)
                .path("id").asText();

        LoggedRequest delivered = awaitRequests("/ok", 1).get(0);
        JsonNode body = JSON.readTree(delivered.getBodyAsString());
        assertThat(body.path("type").asText()).isEqualTo("release.created");
        assertThat(body.path("data").path("id").asText()).isEqualTo(release);
        assertThat(body.path("id").asText()).startsWith("evt_");
        assertThat(Instant.parse(body.path("timestamp").asText())).isBefore(Instant.now().plusSeconds(1));

        Map<String, List<String>> headers = headersOf(delivered);
        String secret = endpoint.path("secret").asText();
        new Webhook(secret).verify(delivered.getBodyAsString(), headers);
        Map<String, String> single = Map.of("webhook-id", delivered.getHeader("webhook-id"),
                "webhook-timestamp", delivered.getHeader("webhook-timestamp"),
                "webhook-signature", delivered.getHeader("webhook-signature"));
        Webhooks.verify(delivered.getBodyAsString(), single, secret);
        assertThatThrownBy(() -> Webhooks.verify(delivered.getBodyAsString().replace("Night Drive", "Day Drive"), single, secret))
                .as("the SDK refuses a tampered body").isInstanceOf(io.soundport.sdk.exception.WebhookVerificationException.class);
        assertThat(delivered.getHeader("X-Webhook-Signature")).startsWith("sha256=");
        assertThat(delivered.getHeader("X-Webhook-Id")).isEqualTo(delivered.getHeader("webhook-id"));

        assertThatThrownBy(() -> new Webhook(endpoint.path("secret").asText())
                .verify(delivered.getBodyAsString().replace("Night Drive", "Day Drive"), headers))
                .as("a tampered body").isInstanceOf(WebhookVerificationException.class);
        Map<String, List<String>> old = new java.util.HashMap<>(headers);
        old.put("webhook-timestamp", List.of(Long.toString(Instant.now().minusSeconds(600).getEpochSecond())));
        assertThatThrownBy(() -> new Webhook(endpoint.path("secret").asText()).verify(delivered.getBodyAsString(), old))
                .as("an old timestamp").isInstanceOf(WebhookVerificationException.class);

        JsonNode message = awaitMessage(endpoint, m -> m.path("status").asText().equals("SUCCEEDED"));
        assertThat(message.path("attempts")).hasSize(1);
        assertThat(message.path("attempts").get(0).path("status_code").asInt()).isEqualTo(204);
    }

    @Test
    void constructEvent_reads_a_real_webhook_into_its_typed_event() throws Exception {
        receiver.stubFor(post(urlEqualTo("/typed")).willReturn(aResponse().withStatus(204)));
        JsonNode endpoint = register("/typed", "release.created");

        String release = call("POST", "/api/v1/releases", "{\"title\":\"Night Drive\",\"artist_name\":\"The Midnight\","
                + "\"release_date\":\"2026-12-04\",\"genre\":\"Synthwave\"}", 201).path("id").asText();

        LoggedRequest delivered = awaitRequests("/typed", 1).get(0);
        Event event = Webhooks.constructEvent(delivered.getBodyAsString(), headersOf(delivered),
                endpoint.path("secret").asText());

        assertThat(event.type()).isEqualTo(Event.Type.RELEASE_CREATED);
        assertThat(event.id()).startsWith("evt_");
        assertThat(event.messageId()).startsWith("msg_").isEqualTo(delivered.getHeader("webhook-id"));
        ReleaseData data = event.release().orElseThrow();
        assertThat(data.id()).isEqualTo(release);
        assertThat(data.title()).isEqualTo("Night Drive");
        assertThat(data.status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(data.releaseDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 4));
        assertThat(data.workflowDepth()).isZero();
        JsonNode message = awaitMessage(endpoint, m -> m.path("status").asText().equals("SUCCEEDED"));
        assertThat(message.path("id").asText()).isEqualTo(event.messageId());
        assertThat(message.path("event_id").asText()).isEqualTo(event.id());
    }

    @Test
    void a_receiver_that_fails_once_gets_the_same_message_again_and_then_succeeds() throws Exception {
        receiver.stubFor(post(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        receiver.stubFor(post(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200)));
        JsonNode endpoint = register("/flaky", "artist.created");

        call("POST", "/api/v1/artists", "{\"name\":\"Flaky Artist\"}", 201);

        List<LoggedRequest> requests = awaitRequests("/flaky", 2);
        assertThat(requests.get(0).getHeader("webhook-id")).isEqualTo(requests.get(1).getHeader("webhook-id"));
        assertThat(requests.get(0).getBodyAsString()).isEqualTo(requests.get(1).getBodyAsString());
        JsonNode message = awaitMessage(endpoint, m -> m.path("status").asText().equals("SUCCEEDED"));
        assertThat(message.path("attempts").findValuesAsText("status_code")).containsExactly("500", "200");
    }

    @Test
    void a_receiver_down_for_a_while_gets_its_messages_once_it_recovers() throws Exception {
        receiver.stubFor(post(urlEqualTo("/down")).inScenario("down").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("still down"));
        receiver.stubFor(post(urlEqualTo("/down")).inScenario("down").whenScenarioStateIs("still down")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        receiver.stubFor(post(urlEqualTo("/down")).inScenario("down").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        JsonNode endpoint = register("/down", "artist.created");

        call("POST", "/api/v1/artists", "{\"name\":\"Patient Artist\"}", 201);

        JsonNode message = awaitMessage(endpoint, m -> m.path("status").asText().equals("SUCCEEDED"));
        assertThat(message.path("attempts").findValuesAsText("status_code")).containsExactly("503", "502", "200");
    }

    @Test
    void a_receiver_that_times_out_every_time_ends_failed_and_a_replay_delivers_it() throws Exception {
        receiver.stubFor(post(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));
        JsonNode endpoint = register("/slow", "artist.created");

        call("POST", "/api/v1/artists", "{\"name\":\"Slow Artist\"}", 201);

        JsonNode failed = awaitMessage(endpoint, m -> m.path("status").asText().equals("FAILED"));
        assertThat(failed.path("attempts")).hasSize(4);
        for (JsonNode attempt : failed.path("attempts")) {
            assertThat(attempt.path("status_code").isNull()).isTrue();
            assertThat(attempt.path("error").asText()).containsIgnoringCase("time");
        }

        String firstBody = awaitRequests("/slow", 1).get(0).getBodyAsString();
        receiver.resetAll();
        receiver.stubFor(post(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200)));
        call("POST", "/api/v1/webhooks/" + endpoint.path("id").asText() + "/messages/" + failed.path("id").asText()
                + "/replay", null, 202);

        JsonNode replayed = awaitMessage(endpoint, m -> m.path("status").asText().equals("SUCCEEDED"));
        assertThat(replayed.path("attempts")).hasSize(5);
        LoggedRequest replay = awaitRequests("/slow", 1).get(0);
        assertThat(replay.getHeader("webhook-id")).as("a replay is the same message").isEqualTo(failed.path("id").asText());
        assertThat(replay.getBodyAsString()).as("of the same event (evt_ id), as first written").isEqualTo(firstBody);
    }

    private JsonNode register(String path, String event) throws Exception {
        return call("POST", "/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:" + receiver.port() + path
                + "\",\"events\":[\"" + event + "\"]}", 201);
    }

    private JsonNode awaitMessage(JsonNode endpoint, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            JsonNode messages = call("GET", "/api/v1/webhooks/" + endpoint.path("id").asText() + "/messages", null, 200)
                    .path("data");
            if (messages.size() > 0) {
                last = messages.get(0);
                if (done.test(last)) {
                    return last;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the message did not get there in time; last seen: " + last);
    }

    private List<LoggedRequest> awaitRequests(String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<LoggedRequest> requests = receiver.findAll(
                    com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(path)));
            if (requests.size() >= count) {
                return requests;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " did not receive " + count + " request(s) in time");
    }

    private static Map<String, List<String>> headersOf(LoggedRequest request) {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            headers.put(name, List.of(request.getHeader(name)));
        }
        return headers;
    }

    private JsonNode call(String method, String path, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
