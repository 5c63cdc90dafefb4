package io.soundport.sdk;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.model.Application;
import io.soundport.sdk.model.Artist;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.model.Track;
import io.soundport.sdk.param.AppCreateParams;
import io.soundport.sdk.param.ArtistCreateParams;
import io.soundport.sdk.param.RegisterParams;
import io.soundport.sdk.param.ReleaseUpdateParams;
import io.soundport.sdk.param.TrackCreateParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the transport's options and metadata do against the real server, started in this JVM with in-memory
 * persistence: conditional reads (ETag, 304), deletions conditional on a version, request ids and replays.
 */
class TransportEndToEndTest {
    private static EmbeddedServer server;
    private static String baseUrl;

    @BeforeAll
    static void startServer(@TempDir Path dataDir) {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "sdk-transport-end-to-end-secret-0123456789abcdef",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString()));
        baseUrl = server.getURL().toString();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** A new owner of a new organization. */
    private static SoundportClient owner() {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        SoundportClient client = SoundportClient.builder().baseUrl(baseUrl)
                .credentials(email, EndToEndTest.PASSWORD).build();
        client.auth().register(RegisterParams.builder().email(email).password(EndToEndTest.PASSWORD).name("Ada Owner")
                .organizationName("Org of " + email).build());
        return client;
    }

    @Test
    void a_conditional_read_is_empty_while_the_version_is_current_and_answers_the_change_after() {
        try (SoundportClient client = owner()) {
            Release release = client.releases().create(EndToEndTest.release("Night Drive").build());
            assertThat(client.lastResponse().status()).isEqualTo(201);
            assertThat(client.lastResponse().version()).isEqualTo(release.version());

            assertThat(client.releases().retrieveIfModified(release.id(), release.version())).isEmpty();
            assertThat(client.lastResponse().status()).isEqualTo(304);

            Release edited = client.releases().update(release.id(), ReleaseUpdateParams.builder().label("Other").build(),
                    RequestOptions.builder().ifMatch(release.version()).build());
            Optional<Release> changed = client.releases().retrieveIfModified(release.id(), release.version());
            assertThat(changed).map(Release::label).contains("Other");
            assertThat(client.lastResponse().version()).isEqualTo(edited.version());

            Artist artist = client.artists().retrieve(release.artistId());
            assertThat(client.artists().retrieveIfModified(artist.id(), artist.version())).isEmpty();
            Application app = client.apps().create(AppCreateParams.builder().name("Poller").build());
            assertThat(client.apps().retrieveIfModified(app.id(), app.version())).isEmpty();
            assertThat(client.apps().retrieveIfModified(app.id(), app.version() + 1)).map(Application::id)
                    .contains(app.id());

            client.organization().retrieve();
            long organizationVersion = client.lastResponse().version();
            assertThat(client.organization().retrieveIfModified(organizationVersion)).isEmpty();
            assertThat(client.organization().retrieveIfModified(organizationVersion + 1)).isPresent();
        }
    }

    @Test
    void a_delete_with_a_stale_version_fails_and_deletes_nothing() {
        try (SoundportClient client = owner()) {
            Release release = client.releases().create(EndToEndTest.release("Night Drive").build());
            Track track = client.tracks().create(TrackCreateParams.builder().title("Bonus").durationMs(180_000L)
                    .position(3).releaseId(release.id()).build());
            Artist artist = client.artists().create(ArtistCreateParams.builder().name("Solo " + UUID.randomUUID())
                    .build());
            Application app = client.apps().create(AppCreateParams.builder().name("Doomed").build());

            assertThatThrownBy(() -> client.tracks().delete(track.id(), stale(track.version())))
                    .isInstanceOfSatisfying(PreconditionFailedException.class,
                            e -> assertThat(e.response().status()).isEqualTo(412));
            // adding the track moved the release to a newer version: the one read at creation is stale now
            assertThatThrownBy(() -> client.releases().delete(release.id(),
                    RequestOptions.builder().ifMatch(release.version()).build()))
                    .isInstanceOf(PreconditionFailedException.class);
            Release current = client.releases().retrieve(release.id());
            assertThat(current.version()).isGreaterThan(release.version());
            assertThatThrownBy(() -> client.releases().delete(release.id(), stale(current.version())))
                    .isInstanceOf(PreconditionFailedException.class);
            assertThatThrownBy(() -> client.artists().delete(artist.id(), stale(artist.version())))
                    .isInstanceOf(PreconditionFailedException.class);
            assertThatThrownBy(() -> client.apps().delete(app.id(), stale(app.version())))
                    .isInstanceOf(PreconditionFailedException.class);

            assertThat(client.tracks().retrieve(track.id()).id()).isEqualTo(track.id());
            assertThat(client.releases().retrieve(release.id()).tracks()).hasSize(3);
            assertThat(client.artists().retrieve(artist.id()).id()).isEqualTo(artist.id());
            assertThat(client.apps().retrieve(app.id()).id()).isEqualTo(app.id());

            client.releases().delete(release.id(), RequestOptions.builder().ifMatch(current.version()).build());
            client.artists().delete(artist.id(), RequestOptions.builder().ifMatch(artist.version()).build());
            assertThatThrownBy(() -> client.releases().retrieve(release.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> client.artists().retrieve(artist.id())).isInstanceOf(NotFoundException.class);
        }
    }

    private static RequestOptions stale(long version) {
        return RequestOptions.builder().ifMatch(version + 1).build();
    }

    @Test
    void the_request_id_sent_is_the_one_answered_and_a_replay_says_so() {
        try (SoundportClient client = owner()) {
            RequestOptions once = RequestOptions.builder().idempotencyKey("night-drive-" + UUID.randomUUID())
                    .requestId("trace-" + UUID.randomUUID()).header("X-Partner-Trace", "t1").build();

            Release first = client.releases().create(EndToEndTest.release("Night Drive").build(), once);
            ResponseMetadata created = client.lastResponse();
            Release again = client.releases().create(EndToEndTest.release("Night Drive").build(), once);
            ResponseMetadata replayed = client.lastResponse();

            assertThat(again.id()).isEqualTo(first.id());
            assertThat(created.requestId()).isEqualTo(once.requestId());
            assertThat(created.idempotentReplayed()).isFalse();
            assertThat(replayed.idempotentReplayed()).isTrue();
            assertThat(replayed.version()).isEqualTo(first.version());
        }
    }
}
