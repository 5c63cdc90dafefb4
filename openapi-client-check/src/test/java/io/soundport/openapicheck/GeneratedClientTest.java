package io.soundport.openapicheck;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.soundport.generated.ApiClient;
import io.soundport.generated.ApiException;
import io.soundport.generated.ApiResponse;
import io.soundport.generated.api.AuthApi;
import io.soundport.generated.api.ReleasesApi;
import io.soundport.generated.model.AuthTokens;
import io.soundport.generated.model.Error;
import io.soundport.generated.model.ErrorCode;
import io.soundport.generated.model.IngestReleaseRequest;
import io.soundport.generated.model.ListResponseCatalogViewsReleaseSummary;
import io.soundport.generated.model.RegisterRequest;
import io.soundport.generated.model.Release;
import io.soundport.generated.model.ReleaseStatus;
import io.soundport.generated.model.TrackRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The client openapi-generator made from the server's OpenAPI document (this module's build), used as a partner would
 * use it against the real server started in this JVM with in-memory persistence: typed bodies, enums, the
 * {@code Idempotency-Key} header and the error envelope all come from the document alone.
 */
class GeneratedClientTest {
    private static EmbeddedServer server;
    private static ApiClient client;
    private static String accessToken;

    @BeforeAll
    static void startServerAndRegister(@TempDir Path dataDir) throws ApiException {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "generated-client-check-secret-generated-client-0123",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString(),
                "soundport.workers.enabled", false));
        client = new ApiClient();
        client.updateBaseUri(server.getURL().toString());
        AuthTokens tokens = new AuthApi(client).register(new RegisterRequest()
                .email("generated-" + UUID.randomUUID() + "@example.com").password("correct horse battery")
                .name("Ada").organizationName("Generated Records"));
        accessToken = tokens.getAccessToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void creates_reads_and_lists_a_release_with_typed_models_and_an_idempotency_key() throws ApiException {
        ReleasesApi releases = new ReleasesApi(client);
        IngestReleaseRequest ingest = new IngestReleaseRequest().title("Night Drive").artistName("The Midnight")
                .upc("036000291452").releaseDate("2026-12-04").territories(List.of("US", "GB"))
                .tracks(List.of(new TrackRequest().title("Sunset").isrc("us-rc1-76-07839").durationMs(215_000L)));
        String key = "generated-" + UUID.randomUUID();

        ApiResponse<Release> created = releases.createReleaseWithHttpInfo(ingest, key);
        Release release = created.getData();
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeaders()).containsKey("etag");
        assertThat(release.getStatus()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(release.getTracks()).singleElement()
                .satisfies(t -> assertThat(t.getIsrc()).isEqualTo("USRC17607839"));

        ApiResponse<Release> replayed = releases.createReleaseWithHttpInfo(ingest, key);
        assertThat(replayed.getHeaders().get("idempotent-replayed")).containsExactly("true");
        assertThat(replayed.getData().getId()).isEqualTo(release.getId());

        Release read = releases.getRelease(release.getId(), null);
        assertThat(read.getTitle()).isEqualTo("Night Drive");
        assertThat(read.getArtistName()).isEqualTo("The Midnight");

        ListResponseCatalogViewsReleaseSummary page = releases.listReleases("DRAFT", null, null, 10, null);
        assertThat(page.getData()).extracting(s -> s.getId()).containsExactly(release.getId());
        assertThat(page.getHasMore()).isFalse();
    }

    @Test
    void a_missing_release_is_a_404_in_the_generated_error_type() throws Exception {
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> new ReleasesApi(client).getRelease("rel_doesnotexist", null));

        assertThat(e.getCode()).isEqualTo(404);
        Error error = client.getObjectMapper().readValue(e.getResponseBody(), Error.class);
        assertThat(error.getError().getCode()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(error.getError().getRequestId()).isNotBlank();
    }
}
