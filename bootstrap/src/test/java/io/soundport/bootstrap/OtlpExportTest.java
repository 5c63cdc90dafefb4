package io.soundport.bootstrap;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spans leave the server only when an OTLP endpoint is configured: then a collector (here a loopback HTTP server
 * taking OTLP over http/protobuf) receives the request's span, and on PostgreSQL and DynamoDB the spans of its
 * database calls; without one no exporter thread even starts.
 */
@Tag("alone")
class OtlpExportTest {
    private static final String TRACE_ID = "5b8efff798038103d269b633813fc60c";

    private final List<byte[]> exported = new CopyOnWriteArrayList<>();
    private HttpServer collector;
    private EmbeddedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (collector != null) {
            collector.stop(0);
        }
    }

    private EmbeddedServer start(Path dataDir, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "otlp-export-test-secret-0123456789abcdefghij",
                "soundport.data-dir", dataDir.toString(),
                "soundport.workers.enabled", "false"));
        properties.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private void getHealth() throws IOException, InterruptedException {
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(server.getURI().resolve("/api/v1/health"))
                        .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static boolean exporterThreadRuns() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("BatchSpanProcessor"));
    }

    @Test
    void with_an_endpoint_the_span_of_a_traced_request_reaches_the_collector(@TempDir Path dataDir) throws Exception {
        startCollector();
        server = start(dataDir, Map.of(
                "soundport.tracing.otlp-endpoint", "http://127.0.0.1:" + collector.getAddress().getPort(),
                "otel.exporter.otlp.protocol", "http/protobuf",
                "otel.bsp.schedule.delay", "100"));

        getHealth();

        byte[] traceId = HexFormat.of().parseHex(TRACE_ID);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (exported.stream().noneMatch(body -> contains(body, traceId)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(exported).as("an OTLP export holding the trace id").anyMatch(body -> contains(body, traceId));

        server.close();
        server = null;
        awaitNoExporter();
        assertThat(exporterThreadRuns()).as("the exporter stops with the server").isFalse();
    }

    private static void awaitNoExporter() throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (exporterThreadRuns() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @Test
    void on_postgresql_each_statement_of_a_traced_request_is_a_span_of_its_trace_without_the_values(
            @TempDir Path dataDir) throws Exception {
        List<byte[]> trace = tracedRegistration(dataDir, Map.of("soundport.persistence", "embedded"),
                "pg-tracing@example.com");

        assertThat(trace).as("a statement's span, its text without literals").anyMatch(body ->
                contains(body, bytes("postgresql")) && contains(body, bytes("INSERT INTO users")));
        assertThat(trace).as("no value of a row").noneMatch(body -> contains(body, bytes("pg-tracing@example.com")));
    }

    @Test
    void on_dynamodb_each_call_of_a_traced_request_is_a_span_of_its_trace(@TempDir Path dataDir) throws Exception {
        List<byte[]> trace = tracedRegistration(dataDir, Map.of("soundport.persistence", "dynamodb",
                "soundport.dynamodb.endpoint", DynamoDbLocal.endpoint(),
                "soundport.dynamodb.table-prefix", "otlp_export_"), "dynamo-tracing@example.com");

        assertThat(trace).as("a DynamoDB call's span").anyMatch(body ->
                contains(body, bytes("dynamodb")) && contains(body, bytes("otlp_export_")));
    }

    /** Registers with a sampled traceparent on a server exporting to the collector; the exports of that trace. */
    private List<byte[]> tracedRegistration(Path dataDir, Map<String, Object> persistence, String email)
            throws Exception {
        startCollector();
        Map<String, Object> properties = new HashMap<>(persistence);
        properties.putAll(Map.of(
                "soundport.tracing.otlp-endpoint", "http://127.0.0.1:" + collector.getAddress().getPort(),
                "otel.exporter.otlp.protocol", "http/protobuf",
                "otel.bsp.schedule.delay", "100",
                "soundport.security.bcrypt-cost", 10));
        server = start(dataDir, properties);
        exported.clear(); // the spans of starting up (migrations, tables) are not this request's

        HttpResponse<String> registered = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(server.getURI().resolve("/api/v1/auth/register"))
                        .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":"
                                + "\"correct horse battery\",\"name\":\"Ada\",\"organization_name\":\"Traced\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

        byte[] traceId = HexFormat.of().parseHex(TRACE_ID);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (exported.stream().noneMatch(body -> contains(body, traceId) && contains(body, bytes("db.")))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        server.close(); // flushes what is left
        server = null;
        return exported.stream().filter(body -> contains(body, traceId)).toList();
    }

    private void startCollector() throws IOException {
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        collector.createContext("/v1/traces", exchange -> {
            try (exchange) {
                exported.add(exchange.getRequestBody().readAllBytes());
                exchange.sendResponseHeaders(200, -1);
            }
        });
        collector.start();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void without_an_endpoint_nothing_is_exported_and_no_exporter_runs(@TempDir Path dataDir) throws Exception {
        awaitNoExporter(); // the exporter of another test's server stops with it
        assertThat(exporterThreadRuns()).as("before the server starts").isFalse();
        server = start(dataDir, Map.of());

        getHealth();

        assertThat(exporterThreadRuns()).isFalse();
    }

    @Test
    void the_collector_is_named_in_the_log_without_what_its_url_may_hide() {
        assertThat(TracingFactory.hostOf("https://user:token@otel.example.com:4318/v1/traces?key=k"))
                .isEqualTo("https://otel.example.com:4318");
        assertThat(TracingFactory.hostOf("http://collector:4317")).isEqualTo("http://collector:4317");
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
