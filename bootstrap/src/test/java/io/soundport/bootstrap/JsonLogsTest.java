package io.soundport.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.opentelemetry.instrumentation.logback.mdc.v1_0.OpenTelemetryAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server started with {@code SOUNDPORT_LOG_FORMAT=json} and the access log on: the real {@code logback.xml}'s
 * JSON appender writes into a buffer instead of the console, and every line is parsed back.
 */
@Tag("alone")
class JsonLogsTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start(@TempDir Path dataDir) throws JoranException {
        System.setProperty(LogFormat.VARIABLE, "json");
        configureLogback();
        Logger root = context().getLogger(Logger.ROOT_LOGGER_NAME);
        OpenTelemetryAppender traced = (OpenTelemetryAppender) root.getAppender("TRACED");
        ((OutputStreamAppender<?>) traced.getAppender("json")).setOutputStream(LOG);
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "json-logs-test-secret-0123456789abcdefghij",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString(),
                "soundport.logging.access-log", "true"));
    }

    @AfterAll
    static void stop() throws JoranException {
        if (server != null) {
            server.close();
        }
        System.clearProperty(LogFormat.VARIABLE);
        configureLogback();
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }

    private static void configureLogback() throws JoranException {
        LoggerContext context = context();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(JsonLogsTest.class.getResource("/logback.xml"));
    }

    private static HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve("/api/v1" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every line written so far, each parsed as one JSON object. */
    private static List<JsonNode> lines() {
        String written;
        synchronized (LOG) {
            written = LOG.toString(StandardCharsets.UTF_8);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : written.split("\n")) {
            if (!line.isBlank()) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not one JSON object per line: " + line, e);
                }
            }
        }
        return lines;
    }

    private static JsonNode accessLine(String requestId) {
        return lines().stream()
                .filter(l -> l.path("logger").asText().equals("io.soundport.access"))
                .filter(l -> l.path("request_id").asText().equals(requestId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no access line for " + requestId + " in " + lines()));
    }

    private static String id() {
        return "req-" + UUID.randomUUID();
    }

    @Test
    void a_request_line_names_its_request_organization_and_trace_and_holds_no_secret() throws IOException {
        String email = "logs-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> registered = send("POST", "/auth/register", """
                {"email":"%s","password":"%s","name":"Ada","organization_name":"Logs Inc"}"""
                .formatted(email, PASSWORD));
        assertThat(registered.statusCode()).isEqualTo(201);
        JsonNode account = JSON.readTree(registered.body());
        String token = account.path("access_token").asText();
        String organization = account.path("organization").path("id").asText();
        String requestId = id();

        HttpResponse<String> created = send("POST", "/artists", "{\"name\":\"Björk\"}",
                "Authorization", "Bearer " + token, "X-Request-Id", requestId,
                "traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
        assertThat(created.statusCode()).isEqualTo(201);

        JsonNode line = accessLine(requestId);
        assertThat(line.path("message").asText()).isEqualTo("POST /api/v1/artists 201 "
                + line.path("message").asText().replaceAll(".* (\\d+ ms)$", "$1"));
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("thread").asText()).isNotBlank();
        assertThat(Instant.parse(line.path("timestamp").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(line.path("timestamp").asText()).endsWith("Z");
        assertThat(line.path("organization_id").asText()).isEqualTo(organization);
        assertThat(line.path("trace_id").asText()).isEqualTo(TRACE_ID);
        assertThat(line.path("span_id").asText()).matches("[0-9a-f]{16}").isNotEqualTo("00f067aa0ba902b7");
        String everything = lines().toString();
        assertThat(everything).doesNotContain(PASSWORD).doesNotContain(token);
    }

    @Test
    void what_the_core_logs_through_system_logger_is_a_json_line_of_this_log_at_its_level() {
        String marker = "system-logger-" + UUID.randomUUID();

        System.getLogger("io.soundport.application.platform.EventPublishWorker")
                .log(System.Logger.Level.WARNING, "Publishing event {0} was given up", marker);

        assertThat(lines()).filteredOn(l -> l.path("message").asText().equals("Publishing event " + marker
                + " was given up")).singleElement().satisfies(line -> {
                    assertThat(line.path("level").asText()).isEqualTo("WARN");
                    assertThat(line.path("logger").asText()).isEqualTo(
                            "io.soundport.application.platform.EventPublishWorker");
                });
    }

    @Test
    void what_is_known_of_one_request_never_shows_in_the_lines_of_the_next() throws IOException {
        HttpResponse<String> registered = send("POST", "/auth/register", """
                {"email":"%s","password":"%s","name":"Ada","organization_name":"Logs Inc"}"""
                .formatted("leak-" + UUID.randomUUID() + "@example.com", PASSWORD));
        String token = JSON.readTree(registered.body()).path("access_token").asText();
        List<String> anonymous = new ArrayList<>();
        List<String> signedIn = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String withOrganization = id();
            send("GET", "/artists", null, "Authorization", "Bearer " + token, "X-Request-Id", withOrganization,
                    "traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
            signedIn.add(withOrganization);
            String without = id();
            send("GET", "/health", null, "X-Request-Id", without);
            anonymous.add(without);
        }

        for (String requestId : signedIn) {
            assertThat(accessLine(requestId).path("organization_id").asText()).startsWith("org_");
        }
        for (String requestId : anonymous) {
            JsonNode line = accessLine(requestId);
            assertThat(line.has("organization_id")).as("organization in %s", line).isFalse();
            assertThat(line.path("trace_id").asText()).as("a trace of its own").isNotEqualTo(TRACE_ID);
        }
    }

    @Test
    void an_exception_is_a_field_of_its_line() {
        LoggerFactory.getLogger(JsonLogsTest.class).warn("could not do it", new IllegalStateException("the cause"));

        JsonNode line = lines().stream().filter(l -> l.path("message").asText().equals("could not do it"))
                .findFirst().orElseThrow();
        assertThat(line.path("level").asText()).isEqualTo("WARN");
        assertThat(line.path("logger").asText()).isEqualTo(JsonLogsTest.class.getName());
        assertThat(line.path("stack_trace").asText()).startsWith("java.lang.IllegalStateException: the cause")
                .contains("at io.soundport.bootstrap.JsonLogsTest");
        assertThat(line.has("request_id")).isFalse();
    }

    @Test
    void only_text_and_json_are_log_formats() {
        assertThat(LogFormat.problem(null)).isNull();
        assertThat(LogFormat.problem("text")).isNull();
        assertThat(LogFormat.problem("json")).isNull();
        assertThat(LogFormat.problem("JSON")).contains("text or json").contains("lower case");
        assertThat(LogFormat.problem("logfmt")).contains("SOUNDPORT_LOG_FORMAT must be text or json, not \"logfmt\"");
    }
}
