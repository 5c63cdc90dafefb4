package io.soundport.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON answers above the threshold are gzip-compressed for clients that accept it, and only for them. */
class CompressionTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedServer server;
    private static String token;

    @BeforeAll
    static void start(@TempDir Path dataDir) throws Exception {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "compression-test-secret-0123456789abcdefghij",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString()));
        HttpResponse<String> registered = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/auth/register"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"gz-" + UUID.randomUUID()
                        + "@example.com\",\"password\":\"correct horse battery\",\"name\":\"Gz\","
                        + "\"organization_name\":\"Gz\"}")).build(), HttpResponse.BodyHandlers.ofString());
        token = JSON.readTree(registered.body()).path("access_token").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static java.net.URI uri(String path) {
        return server.getURI().resolve(path);
    }

    private static HttpResponse<byte[]> get(String path, boolean acceptGzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
        if (acceptGzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_large_json_answer_is_gzipped_for_a_client_that_accepts_it() throws Exception {
        HttpResponse<byte[]> plain = get("/api/v1/webhooks/event-types", false);
        HttpResponse<byte[]> zipped = get("/api/v1/webhooks/event-types", true);

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body().length).isGreaterThan(1024);
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
        JsonNode json = JSON.readTree(unzipped);
        assertThat(json).isEqualTo(JSON.readTree(plain.body()));
    }

    @Test
    void a_small_answer_is_sent_as_it_is() throws Exception {
        HttpResponse<byte[]> small = get("/api/v1/auth/profile", true);

        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body().length).isLessThan(1024);
        assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
    }
}
