package io.soundport.bootstrap;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spans leave the server only when an OTLP endpoint is configured: then a collector (here a loopback HTTP server
 * taking OTLP over http/protobuf) receives the request's span; without one no exporter thread even starts.
 */
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
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        collector.createContext("/v1/traces", exchange -> {
            try (exchange) {
                exported.add(exchange.getRequestBody().readAllBytes());
                exchange.sendResponseHeaders(200, -1);
            }
        });
        collector.start();
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
        deadline = System.nanoTime() + 5_000_000_000L;
        while (exporterThreadRuns() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(exporterThreadRuns()).as("the exporter stops with the server").isFalse();
    }

    @Test
    void without_an_endpoint_nothing_is_exported_and_no_exporter_runs(@TempDir Path dataDir) throws Exception {
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
