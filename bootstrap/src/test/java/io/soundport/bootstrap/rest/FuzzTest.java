package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.micronaut.websocket.annotation.ServerWebSocket;
import io.swagger.v3.oas.annotations.Hidden;
import io.soundport.bootstrap.rest.MalformedRequests.Operation;
import io.soundport.bootstrap.rest.MalformedRequests.Probe;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed input to every operation of the live OpenAPI document, on each backend: control characters, lone
 * surrogates and noncharacters in every string field and parameter, wrong JSON types, huge strings and numbers,
 * deep nesting, broken JSON, wrong content types, bad ids and headers. The server must never answer 5xx, and every
 * 4xx must be the error envelope. A signed-in owner sends them, with real resources in the paths, so the requests
 * reach the handlers and their bodies.
 *
 * <p>This class probes half of the operations, chosen by a hash of their name; {@link FuzzSecondHalfTest} probes the
 * others with a server of its own, in the suite's other JVM at the same time.
 */
class FuzzTest extends RestTest {
    private static final long SEED = 20_261_202L;
    private static final int AT_LEAST_PER_OPERATION = 50;
    /** More than the guarantee, few enough for a few thousand requests a backend. */
    private static final int PER_OPERATION = 56;
    /** Operations probed at once: the requests wait on the server and its storage more than they compute. */
    private static final int SENDERS = 3;
    /** The classes that share the operations between them. */
    private static final int HALVES = 2;
    private static final Set<String> ENVELOPE_CODES = Set.of("VALIDATION_ERROR", "AUTHENTICATION_ERROR",
            "AUTHORIZATION_ERROR", "NOT_FOUND", "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE", "CONFLICT", "PRECONDITION_FAILED",
            "PAYLOAD_TOO_LARGE", "URI_TOO_LONG", "UNSUPPORTED_MEDIA_TYPE", "RATE_LIMIT_EXCEEDED",
            "REQUEST_HEADER_FIELDS_TOO_LARGE");

    record Failure(String operation, String probe, int status, String body) {
        @Override
        public String toString() {
            return operation + " | " + probe + " -> " + status + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
    }

    @Test
    void no_operation_answers_a_server_error_or_leaves_the_envelope_whatever_it_is_sent() throws Exception {
        JsonNode document = Api.JSON.valueToTree(new Yaml().load(api.get("/openapi.yml").expect(200).body()));
        List<Operation> operations = MalformedRequests.operations(document);
        Set<String> documented = operations.stream().map(Operation::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented)
                .as("every route of the server is an operation of the document, so none escapes the fuzz")
                .isEqualTo(routes());

        List<Operation> mine = operations.stream()
                .filter(o -> Math.floorMod(o.name().hashCode(), HALVES) == half()).toList();
        assertThat(mine).as("the operations of this half").isNotEmpty();

        Fixture fixture = new Fixture(register());
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> sent = new ConcurrentSkipListMap<>();
        long started = System.nanoTime();
        // changes that end a resource's life come last, so the other operations find it alive; within each part,
        // operations are probed on SENDERS threads at once, which also makes the server face concurrent bad input
        Map<Boolean, List<Operation>> ending = mine.stream()
                .collect(Collectors.partitioningBy(o -> o.method().equals("DELETE")));
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            for (List<Operation> part : List.of(ending.get(false), ending.get(true))) {
                List<Future<?>> probed = new ArrayList<>();
                for (Operation operation : part) {
                    probed.add(senders.submit(() -> {
                        List<Probe> probes = MalformedRequests.of(document, operation, fixture.pathValues,
                                fixture::value, SEED, PER_OPERATION);
                        for (Probe probe : probes) {
                            send(fixture.owner.api(), operation, probe, failures);
                        }
                        sent.put(operation.name(), probes.size());
                    }));
                }
                for (Future<?> operation : probed) {
                    operation.get();
                }
            }
        } finally {
            senders.shutdownNow();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        int total = sent.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("fuzz on %s, half %d: %d operations, %d requests, %d s, %d failures%n",
                System.getProperty("soundport.test.persistence", "memory"), half(), sent.size(), total, seconds,
                failures.size());

        assertThat(sent).as("operations probed").hasSize(mine.size());
        assertThat(sent).allSatisfy((operation, count) ->
                assertThat(count).as("requests sent to %s", operation).isGreaterThanOrEqualTo(AT_LEAST_PER_OPERATION));
        assertThat(failures).as("%d of %d requests answered 5xx or left the envelope; by operation: %s",
                failures.size(), total, failures.stream().collect(Collectors.groupingBy(Failure::operation,
                        LinkedHashMap::new, Collectors.counting()))).isEmpty();
    }

    /** Which half of the operations this class probes: 0 here, 1 in {@link FuzzSecondHalfTest}. */
    int half() {
        return 0;
    }

    private static void send(Api owner, Operation operation, Probe probe, List<Failure> failures) {
        Api client = owner;
        for (Map.Entry<String, String> header : probe.headers().entrySet()) {
            client = header.getKey().equals("Authorization") ? api.with("Authorization", header.getValue())
                    : client.with(header.getKey(), header.getValue());
        }
        Api.Response response;
        try {
            response = client.send(probe.method(), probe.path(), probe.body(), probe.contentType());
        } catch (UncheckedIOException e) {
            failures.add(new Failure(operation.name(), probe.label(), -1, String.valueOf(e.getCause())));
            return;
        }
        if (response.status() >= 500) {
            failures.add(new Failure(operation.name(), probe.label(), response.status(), response.body()));
        } else if (response.status() >= 400 && !isEnvelope(response)) {
            failures.add(new Failure(operation.name(), probe.label(), response.status(), "not the envelope: "
                    + response.body()));
        }
    }

    /** The envelope of DESIGN.md: only {@code error}, with code, message, details (field, message), request_id. */
    private static boolean isEnvelope(Api.Response response) {
        JsonNode root = response.json();
        JsonNode error = root.path("error");
        if (!String.valueOf(response.header("Content-Type")).startsWith("application/json")
                || !Api.Response.fieldNames(root).equals(List.of("error"))
                || !new TreeSet<>(Api.Response.fieldNames(error)).equals(Set.of("code", "message", "details", "request_id"))
                || !ENVELOPE_CODES.contains(error.path("code").asText())
                || error.path("message").asText().isBlank() || !error.path("details").isArray()
                || !error.path("request_id").asText().equals(response.header("X-Request-Id"))) {
            return false;
        }
        for (JsonNode detail : error.path("details")) {
            if (!new TreeSet<>(Api.Response.fieldNames(detail)).equals(Set.of("field", "message"))
                    || detail.path("field").asText().isBlank() || detail.path("message").asText().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The operations of Soundport's controllers, as the document names them; the document itself and the UI are
     * hidden, the framework's own routes are not ours to document, and a WebSocket's upgrade route is no operation
     * (StreamingSocketTest probes it).
     */
    private static Set<String> routes() {
        return server.getApplicationContext().getBean(Router.class).uriRoutes()
                .filter(r -> r.getTargetMethod().getDeclaringType().getName().startsWith("io.soundport."))
                .filter(r -> !r.getTargetMethod().getDeclaringType().isAnnotationPresent(Hidden.class))
                .filter(r -> !r.getTargetMethod().getDeclaringType().isAnnotationPresent(ServerWebSocket.class))
                .filter(r -> !r.getHttpMethodName().equals("HEAD")) // every GET's, answered by it
                .filter(r -> !gatewayVariant(r))
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toPathString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The gateway is one operation in the document ({@code callGateway}, {@code GET /gateway/{service}}): its other
     * methods, and the paths below the service, are the same operation passed through to the upstream service.
     */
    private static boolean gatewayVariant(UriRouteInfo<?, ?> route) {
        return route.getTargetMethod().getDeclaringType().getSimpleName().equals("GatewayController")
                && !(route.getHttpMethodName().equals("GET")
                && route.getUriMatchTemplate().toPathString().endsWith("/gateway/{service}"));
    }

    /** The owner's organization with one resource of every kind, and plausible values for body fields. */
    private static final class Fixture {
        final Account owner;
        final Map<String, String> pathValues = new LinkedHashMap<>();
        private final Map<String, Function<String, Object>> values = new LinkedHashMap<>();

        Fixture(Account owner) {
            this.owner = owner;
            Api as = owner.api();
            String artist = createArtist(owner, "Fuzz artist");
            String release = ingest(owner, "Fuzz release");
            String track = as.get("/releases/" + release).expect(200).json().path("tracks").get(0).path("id").asText();
            String app = createApp(owner);
            Api.Response key = as.post("/apps/" + app + "/api-keys", obj("name", "fuzz", "scopes", List.of("read")))
                    .expect(201);
            Account member = member(owner, "MEMBER");
            String partner = as.post("/partners", obj("name", "Fuzz DSP", "protocol", "FILE", "endpoint", "fuzz-drop",
                    "dpid", "PADPIDA2011072101T")).expect(201).id();
            String webhook = as.post("/webhooks", obj("url", "https://hooks.example.com/fuzz", "events", List.of("*")))
                    .expect(201).id();
            String message = as.post("/webhooks/" + webhook + "/test", null).expect(202).id();
            String rule = as.post("/workflow/rules", obj("name", "Fuzz rule", "trigger", "release.submitted",
                    "actions", List.of(obj("type", "webhook", "data", obj("k", "v"))))).expect(201).id();
            String submitted = as.post("/releases", obj("title", "Fuzz submitted", "artist_id", artist,
                    "upc", "036000291452", "release_date", "2027-03-05", "tracks",
                    List.of(track("One", "US-RC1-76-07839", 1)))).expect(201).id();
            ddexReady(owner);
            deliveryReady(owner, submitted);
            as.post("/releases/" + submitted + "/submit", null).expect(200);
            as.post("/releases/" + submitted + "/deliveries", obj("partner_ids", List.of(partner))).expect(201);
            String delivery = as.get("/deliveries?release_id=" + submitted).expect(200).ids().get(0);
            String execution = await(() -> as.get("/workflow/executions?rule_id=" + rule).expect(200).ids());

            pathValues.putAll(Map.of("apps/{app_id}", app, "api-keys/{key_id}", key.id(), "artists/{id}", artist,
                    "releases/{id}", release, "tracks/{id}", track, "partners/{id}", partner, "deliveries/{id}", delivery,
                    "webhooks/{id}", webhook, "messages/{message_id}", message, "rules/{id}", rule));
            pathValues.put("executions/{id}", execution == null ? "wfx_01JZZZZZZZZZZZZZZZZZZZZZZZ" : execution);
            pathValues.put("members/{user_id}", member.userId());
            pathValues.put("realtime/{trackId}", track);
            pathValues.put("imports/{id}", as.send("POST", "/analytics/reports/import", "isrc,partner,country,"
                    + "occurred_at\nUS-RC1-76-07839,spotify,US,2026-10-01\n", "text/csv").expect(202).id());
            pathValues.put("audiences/{audience_id}", as.post("/audiences", obj("name", "Fuzz fans")).expect(201).id());
            pathValues.put("campaigns/{id}", as.post("/campaigns", obj("name", "Fuzz campaign", "objective",
                    "OUTCOME_AWARENESS", "release_id", release, "budget", obj("amount", "100.00", "currency", "EUR"),
                    "start_date", "2027-03-01")).expect(201).id());
            pathValues.put("events/{event_id}", as.post("/events", obj("title", "Fuzz show",
                    "date", "2027-06-12T20:00:00+02:00", "location", "Paradiso")).expect(201).id());

            String refresh = login(owner.email(), owner.organizationId()).refreshToken();
            values.put("email", name -> uniqueEmail("fuzz"));
            values.put("password", name -> PASSWORD);
            values.put("artist_id", name -> artist);
            values.put("release_id", name -> release);
            values.put("partner_ids", name -> List.of(partner));
            values.put("organization_id", name -> owner.organizationId());
            values.put("refresh_token", name -> refresh);
            values.put("key", name -> key.text("key"));
            values.put("url", name -> "https://hooks.example.com/fuzz");
            values.put("endpoint", name -> "https://hooks.example.com/dsp");
            values.put("events", name -> List.of("*"));
            values.put("territories", name -> List.of("WORLD"));
            values.put("scopes", name -> List.of("read"));
            values.put("role", name -> "MEMBER");
            values.put("isrc", name -> "US-RC1-76-07839");
            values.put("upc", name -> "036000291452");
            values.put("release_date", name -> "2027-03-05");
            values.put("expires_at", name -> "2030-01-01T00:00:00Z");
            values.put("duration_ms", name -> 215000);
            values.put("date", name -> "2027-06-12T20:00:00+02:00");
            values.put("musicbrainz_id", name -> "5b11f4ce-a62d-471e-81fc-a69a8278c7da");
            values.put("spotify_id", name -> "0OdUWJ0sBjDrqHygGUXeCF");
            values.put("domain", name -> "partner.example.com");
            values.put("trigger", name -> "release.submitted");
            values.put("conditions", name -> List.of(obj("field", "release.title", "op", "eq", "value", "x")));
            values.put("actions", name -> List.of(obj("type", "webhook", "data", obj("k", "v", "n", 1))));
        }

        /** The plausible value of a body field of this name; null when any value of its type will do. */
        JsonNode value(String name) {
            Function<String, Object> value = values.get(name);
            return value == null ? null : Api.JSON.valueToTree(value.apply(name));
        }

        private static String await(java.util.function.Supplier<List<String>> ids) {
            long deadline = System.currentTimeMillis() + 5_000;
            while (System.currentTimeMillis() < deadline) {
                List<String> found = ids.get();
                if (!found.isEmpty()) {
                    return found.get(0);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            return null;
        }
    }
}
