package io.soundport.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server instances on one database share the background work (every event delivered, none by both) and the
 * counters of sign-in throttling and request limits. On PostgreSQL ({@code FOR UPDATE SKIP LOCKED}) with 1,000 events
 * and on DynamoDB Local (conditional lease writes) with 300: DynamoDB Local runs inside this JVM and spends a few
 * milliseconds of CPU on each call, about twenty calls per event from its POST to its recorded delivery, so on two
 * shared cores 1,000 events took 110 to 135 s on a quiet machine and more under the parallel suite. The races this
 * test looks for (two instances claiming the same job) happen from the first events on.
 */
@Tag("alone")
class TwoInstancesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void on_postgresql_every_event_is_delivered_exactly_once_by_one_of_the_instances(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, Object> shared = Map.of("soundport.persistence", "postgres",
                    "soundport.database.url", postgres.getJdbcUrl("postgres", "postgres"));
            deliverOnceWithTwoInstances(shared, dataDir, 1_000);
        }
    }

    @Test
    void on_dynamodb_every_event_is_delivered_exactly_once_by_one_of_the_instances(@TempDir Path dataDir) throws Exception {
        Map<String, Object> shared = Map.of("soundport.persistence", "dynamodb",
                "soundport.dynamodb.endpoint", DynamoDbLocal.endpoint(),
                "soundport.dynamodb.table-prefix", "two_instances_");
        deliverOnceWithTwoInstances(shared, dataDir, 300);
    }

    @Test
    void on_postgresql_failed_sign_ins_on_either_instance_count_toward_one_limit(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             EmbeddedServer a = start(Map.of("soundport.persistence", "postgres",
                     "soundport.database.url", postgres.getJdbcUrl("postgres", "postgres")), dataDir.resolve("a"));
             EmbeddedServer b = start(Map.of("soundport.persistence", "postgres",
                     "soundport.database.url", postgres.getJdbcUrl("postgres", "postgres")), dataDir.resolve("b"))) {
            String email = "guessed-" + UUID.randomUUID() + "@example.com";
            call(a, null, "/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":"
                    + "\"correct horse battery\",\"name\":\"Guessed\",\"organization_name\":\"Guessed Records\"}");
            String wrong = "{\"email\":\"" + email + "\",\"password\":\"wrong\"}";
            String right = "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}";

            for (EmbeddedServer server : List.of(a, b, a, b, a)) {
                assertThat(status(server, "/api/v1/auth/login", wrong)).isEqualTo(401);
            }

            assertThat(status(b, "/api/v1/auth/login", right)).as("the fifth failure was on the other instance")
                    .isEqualTo(429);
            assertThat(status(a, "/api/v1/auth/login", right)).isEqualTo(429);
        }
    }

    @Test
    void on_postgresql_two_instances_share_one_organizations_hourly_quota(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             EmbeddedServer a = start(Map.of("soundport.persistence", "postgres",
                     "soundport.database.url", postgres.getJdbcUrl("postgres", "postgres"),
                     "soundport.rate-limits.free", 100), dataDir.resolve("a"));
             EmbeddedServer b = start(Map.of("soundport.persistence", "postgres",
                     "soundport.database.url", postgres.getJdbcUrl("postgres", "postgres"),
                     "soundport.rate-limits.free", 100), dataDir.resolve("b"))) {
            String token = call(a, null, "/api/v1/auth/register", "{\"email\":\"quota-" + UUID.randomUUID()
                    + "@example.com\",\"password\":\"correct horse battery\",\"name\":\"Quota\","
                    + "\"organization_name\":\"Quota Records\"}").path("access_token").asText();

            int admitted = 0;
            for (int i = 0; i < 130; i++) {
                int status = get(i % 2 == 0 ? a : b, token, "/api/v1/releases");
                assertThat(status).isIn(200, 429);
                admitted += status == 200 ? 1 : 0;
            }

            // README, "Rate limits": never more than the limit; at most one batch (2 for FREE) per instance early
            assertThat(admitted).isBetween(100 - 2 * 2, 100);
        }
    }

    private void deliverOnceWithTwoInstances(Map<String, Object> persistence, Path dataDir, int events)
            throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             EmbeddedServer a = start(persistence, dataDir.resolve("a"));
             EmbeddedServer b = start(persistence, dataDir.resolve("b"))) {
            String email = "two-" + UUID.randomUUID() + "@example.com";
            String token = call(a, null, "/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":"
                    + "\"correct horse battery\",\"name\":\"Two\",\"organization_name\":\"Two Records\"}").path("access_token").asText();
            call(b, token, "/api/v1/webhooks", "{\"url\":\"" + receiver.url("/hook") + "\","
                    + "\"events\":[\"artist.created\"]}");

            Set<String> artists = ConcurrentHashMap.newKeySet();
            List.of(a, b).parallelStream().forEach(server -> {
                for (int i = 0; i < events / 2; i++) {
                    artists.add(call(server, token, "/api/v1/artists", "{\"name\":\"Artist " + i + "\"}").path("id").asText());
                }
            });
            assertThat(artists).hasSize(events);

            List<WebhookReceiver.Received> delivered = awaitRequests(receiver, events, Duration.ofSeconds(120));
            Map<String, Long> perMessage = delivered.stream()
                    .collect(Collectors.groupingBy(WebhookReceiver.Received::webhookId, Collectors.counting()));
            assertThat(perMessage).hasSize(events);
            assertThat(perMessage.values()).as("no message delivered twice").containsOnly(1L);
            Set<String> artistIds = delivered.stream().map(r -> read(r.body()).path("data").path("id").asText())
                    .collect(Collectors.toSet());
            assertThat(artistIds).isEqualTo(artists);
        }
    }

    private static EmbeddedServer start(Map<String, Object> persistence, Path dataDir) {
        Map<String, Object> properties = new HashMap<>(persistence);
        properties.putAll(Map.of(
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "two-instances-test-secret-0123456789abcdefgh",
                "soundport.secrets.key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString(),
                "soundport.outbound.allowed-hosts", "127.0.0.1",
                "soundport.workers.poll-interval", "50ms",
                "soundport.workers.webhook-senders", 4));
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private static List<WebhookReceiver.Received> awaitRequests(WebhookReceiver receiver, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<WebhookReceiver.Received> requests = List.of();
        while (System.nanoTime() < deadline) {
            requests = receiver.received();
            if (requests.size() >= count) {
                Thread.sleep(500); // a duplicate would arrive now
                return receiver.received();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("only " + requests.size() + " of " + count + " webhooks arrived in " + timeout);
    }

    private int status(EmbeddedServer server, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int get(EmbeddedServer server, String token, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Authorization", "Bearer " + token).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode call(EmbeddedServer server, String token, String path, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
