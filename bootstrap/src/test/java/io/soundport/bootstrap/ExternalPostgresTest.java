package io.soundport.bootstrap;

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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code SOUNDPORT_PERSISTENCE=postgres} with a {@code DATABASE_URL} in the common {@code postgres://} form. */
@Tag("alone")
class ExternalPostgresTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_server_runs_on_an_external_postgresql_named_by_a_url(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                     "soundport.persistence", "postgres",
                     "soundport.database.url", "postgres://postgres:unused@localhost:" + postgres.getPort() + "/postgres",
                     "micronaut.server.port", -1,
                     "soundport.jwt.secret", "external-postgres-test-secret-0123456789abcdef",
                     "soundport.security.bcrypt-cost", 10,
                     "soundport.data-dir", dataDir.toString()))) {
            HttpResponse<String> registered = http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/auth/register"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"ext@example.com\",\"password\":"
                            + "\"correct horse battery\",\"name\":\"Ext\",\"organization_name\":\"Ext Records\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

            try (var connection = postgres.getPostgresDatabase().getConnection();
                 var rows = connection.createStatement().executeQuery("SELECT count(*) FROM users WHERE email = 'ext@example.com'")) {
                rows.next();
                assertThat(rows.getInt(1)).as("the user is in the external database").isEqualTo(1);
            }
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(server.getURI().resolve("/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void database_urls_in_both_forms_become_jdbc_urls_without_their_credentials() {
        assertThat(JdbcUrls.toJdbc("postgres://ada:s%40cret@db.internal:6543/soundport?sslmode=require"))
                .isEqualTo("jdbc:postgresql://db.internal:6543/soundport?sslmode=require");
        assertThat(JdbcUrls.user("postgres://ada:s%40cret@db.internal/soundport", null)).isEqualTo("ada");
        assertThat(JdbcUrls.password("postgres://ada:s%40cret@db.internal/soundport", null)).isEqualTo("s@cret");
        assertThat(JdbcUrls.user("postgres://ada:x@db/soundport", "configured")).isEqualTo("configured");
        assertThat(JdbcUrls.toJdbc("jdbc:postgresql://db:5432/soundport")).isEqualTo("jdbc:postgresql://db:5432/soundport");
        assertThat(JdbcUrls.withoutSecrets("jdbc:postgresql://db/soundport?password=x")).isEqualTo("jdbc:postgresql://db/soundport");
        assertThatThrownBy(() -> JdbcUrls.toJdbc("mysql://db/soundport")).hasMessageContaining("DATABASE_URL");
    }
}
