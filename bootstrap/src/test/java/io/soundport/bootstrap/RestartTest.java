package io.soundport.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps what it acknowledged across a restart of the server. */
@Tag("alone")
class RestartTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void data_written_before_a_restart_is_there_after_it(@TempDir Path dataDir) throws Exception {
        String releaseId;
        String apiKey;
        try (EmbeddedServer server = start(dataDir)) {
            JsonNode session = post(server, "/auth/register", null,
                    "{\"email\":\"restart@example.com\",\"password\":\"correct horse battery\",\"name\":\"Ada\","
                            + "\"organization_name\":\"Restart Records\"}", 201);
            String token = session.path("access_token").asText();
            String app = post(server, "/apps", "Bearer " + token, "{\"name\":\"Bot\"}", 201).path("id").asText();
            apiKey = post(server, "/apps/" + app + "/api-keys", "Bearer " + token,
                    "{\"name\":\"ci\",\"scopes\":[\"read\",\"write\"]}", 201).path("key").asText();
            releaseId = post(server, "/releases", apiKey,
                    "{\"title\":\"Night Drive\",\"artist_name\":\"The Midnight\",\"upc\":\"036000291452\","
                            + "\"release_date\":\"2026-12-04\",\"tracks\":[{\"title\":\"Sunset\","
                            + "\"isrc\":\"US-RC1-76-07839\",\"duration_ms\":215000}]}", 201).path("id").asText();
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        assertThat(Files.readString(dataDir.resolve("jwt-secret")).strip()).hasSizeGreaterThanOrEqualTo(32);

        try (EmbeddedServer server = start(dataDir)) {
            JsonNode login = post(server, "/auth/login", null,
                    "{\"email\":\"restart@example.com\",\"password\":\"correct horse battery\"}", 200);
            assertThat(login.path("organization").path("name").asText()).isEqualTo("Restart Records");

            HttpResponse<String> read = http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/releases/" + releaseId))
                    .header("X-API-Key", apiKey).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            JsonNode release = JSON.readTree(read.body());
            assertThat(release.path("title").asText()).isEqualTo("Night Drive");
            assertThat(release.path("tracks").get(0).path("isrc").asText()).isEqualTo("USRC17607839");
        }
    }

    private static EmbeddedServer start(Path dataDir) {
        // no soundport.jwt.secret: the key is generated into the data directory and must be found again
        System.clearProperty(JwtSecret.PROPERTY);
        System.setProperty("soundport.data-dir", dataDir.toString());
        try {
            JwtSecret.ensureConfigured();
            return ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "micronaut.server.port", -1,
                    "soundport.security.bcrypt-cost", 10,
                    "soundport.data-dir", dataDir.toString()));
        } finally {
            System.clearProperty("soundport.data-dir");
            System.clearProperty(JwtSecret.PROPERTY);
        }
    }

    private JsonNode post(EmbeddedServer server, String path, String auth, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve("/api/v1" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header(auth.startsWith("Bearer ") ? "Authorization" : "X-API-Key", auth);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
