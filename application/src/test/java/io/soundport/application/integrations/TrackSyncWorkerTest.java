package io.soundport.application.integrations;

import io.soundport.adapters.local.AesGcmSecretCipher;
import io.soundport.adapters.local.sandbox.SandboxMusicPlatform;
import io.soundport.adapters.local.sandbox.SandboxOAuthProvider;
import io.soundport.application.catalog.CreateArtistCommand;
import io.soundport.application.catalog.ListArtistsQuery;
import io.soundport.application.catalog.ListTracksQuery;
import io.soundport.application.identity.AuthSession;
import io.soundport.application.identity.InviteMemberCommand;
import io.soundport.application.identity.Member;
import io.soundport.application.identity.RegisterCommand;
import io.soundport.application.testing.Core;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Origin;
import io.soundport.domain.identity.Role;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.TrackSync;
import io.soundport.domain.integrations.platform.MusicPlatform;
import io.soundport.domain.integrations.platform.PlatformPage;
import io.soundport.domain.integrations.platform.PlatformPageRequest;
import io.soundport.domain.integrations.platform.PlatformTrack;
import io.soundport.domain.integrations.platform.TimeRange;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class TrackSyncWorkerTest {
    private final Core core = new Core();
    private Caller ada;

    @BeforeEach
    void a_user_with_a_spotify_connection() {
        AuthSession session = core.auth().register(RegisterCommand.of("ada@example.com", "correct horse battery",
                "Ada", "Analytical Records"), Origin.UNKNOWN);
        ada = Caller.member(session.organization().id(), session.user().id(), Role.OWNER);
        connect(ada);
    }

    private void connect(Caller who) {
        core.connect(who, Provider.SPOTIFY);
    }

    private TrackSync run(Caller who, StartTrackSyncCommand command) {
        TrackSync started = core.trackSyncs().start(who, command);
        assertThat(started.status()).isEqualTo(TrackSync.Status.QUEUED);
        assertThat(core.trackSyncWorker().runOnce("worker", 10)).isEqualTo(1);
        return core.trackSyncs().get(who, started.id());
    }

    private List<Track> catalog() {
        return core.tracks().list(ada, ListTracksQuery.of(null, null, null, 100, null)).items();
    }

    @Test
    void top_tracks_become_catalog_tracks_with_their_isrcs_and_artists_once_per_isrc() {
        TrackSync first = run(ada, StartTrackSyncCommand.of("top_tracks", "medium_term", null));

        assertThat(first.status()).isEqualTo(TrackSync.Status.SUCCEEDED);
        assertThat(first.counts()).isEqualTo(new TrackSync.Counts(6, 6, 0, 0));
        assertThat(first.finishedAt()).isEqualTo(core.clock.now());
        assertThat(catalog()).extracting(t -> t.isrc().value()).containsExactlyInAnyOrder("GBSBX2400001",
                "NLSBX2500001", "GBSBX2400002", "GBSBX2400003", "USSBX1900002", "USSBX1900001");
        Track polar = catalog().stream().filter(t -> t.isrc().value().equals("GBSBX2400001")).findFirst().orElseThrow();
        assertThat(polar.title()).isEqualTo("Polar Light");
        assertThat(polar.durationMs()).isEqualTo(214_000);
        assertThat(polar.releaseId()).isNull();
        Artist aurora = core.artists().get(ada, polar.artistId());
        assertThat(aurora.name()).isEqualTo("Aurora Lane");
        assertThat(aurora.spotifyId()).isEqualTo("5andb0xArt000000000001");
        assertThat(core.pendingEvents("track.created", ada.organizationId())).hasSize(6);

        TrackSync again = run(ada, StartTrackSyncCommand.of("top_tracks", "long_term", null));

        assertThat(again.counts()).isEqualTo(new TrackSync.Counts(8, 2, 6, 0));
        assertThat(catalog()).hasSize(8);
        assertThat(core.artists().list(ada, ListArtistsQuery.of(null, 100, null)).items()).hasSize(3);
    }

    @Test
    void saved_tracks_up_to_the_limit_and_an_artist_already_there_gets_its_spotify_id() {
        Artist harbor = core.artists().create(ada, CreateArtistCommand.of("Harbor Lights", null, null));

        TrackSync saved = run(ada, StartTrackSyncCommand.of("saved_tracks", null, 4));

        assertThat(saved.counts()).isEqualTo(new TrackSync.Counts(4, 4, 0, 0));
        assertThat(core.artists().get(ada, harbor.id()).spotifyId()).isEqualTo("5andb0xArt000000000002");
        assertThat(core.artists().list(ada, ListArtistsQuery.of(null, 100, null)).items()).hasSize(3);
    }

    @Test
    void a_track_without_an_isrc_is_counted_and_skipped() {
        MusicPlatform sandbox = core.spotify;
        core.spotify = platformWith(sandbox, (method, args) -> {
            if (method.equals("topTracks")) {
                PlatformPage<PlatformTrack> page = sandbox.topTracks((String) args[0], (TimeRange) args[1],
                        (PlatformPageRequest) args[2]);
                List<PlatformTrack> tracks = page.items().stream().map(t -> t.isrc().startsWith("NL")
                        ? new PlatformTrack(t.id(), t.name(), t.artists(), t.album(), t.durationMs(), t.popularity(),
                        t.explicit(), null, t.previewUrl()) : t).toList();
                return new PlatformPage<>(page.total(), page.offset(), page.limit(), tracks);
            }
            return null;
        });

        TrackSync sync = run(ada, StartTrackSyncCommand.of(null, "short_term", null));

        assertThat(sync.counts()).isEqualTo(new TrackSync.Counts(4, 3, 0, 1));
    }

    @Test
    void spotify_failing_is_tried_again_a_minute_later_then_fails_the_import_with_the_reason() {
        AtomicInteger calls = new AtomicInteger();
        core.spotify = platformWith(core.spotify, (method, args) -> {
            calls.incrementAndGet();
            throw DomainException.integration("Spotify answered 500");
        });
        TrackSync started = core.trackSyncs().start(ada, StartTrackSyncCommand.of(null, null, null));

        core.trackSyncWorker().runOnce("worker", 10);
        assertThat(core.trackSyncs().get(ada, started.id()).status()).isEqualTo(TrackSync.Status.RUNNING);
        assertThat(core.trackSyncWorker().runOnce("worker", 10)).as("not due yet").isZero();
        core.clock.advance(Duration.ofMinutes(1));
        core.trackSyncWorker().runOnce("worker", 10);
        core.clock.advance(Duration.ofMinutes(2));
        core.trackSyncWorker().runOnce("worker", 10);

        TrackSync failed = core.trackSyncs().get(ada, started.id());
        assertThat(failed.status()).isEqualTo(TrackSync.Status.FAILED);
        assertThat(failed.failureReason()).isEqualTo("Spotify answered 500");
        assertThat(calls).hasValue(3);
        core.clock.advance(Duration.ofHours(1));
        assertThat(core.trackSyncWorker().runOnce("worker", 10)).as("nothing left queued").isZero();
    }

    @Test
    void a_grant_spotify_refuses_fails_the_import_at_once_saying_to_reconnect() {
        TrackSync started = core.trackSyncs().start(ada, StartTrackSyncCommand.of(null, null, null));
        // Spotify forgot every grant: the sandbox after a restart
        SandboxOAuthProvider forgetful = new SandboxOAuthProvider(Provider.SPOTIFY, core.clock);
        core.oauthClients = new OAuthClients(List.of(forgetful, core.metaOAuth),
                URI.create("https://soundport.example/api/v1"), new AesGcmSecretCipher(new byte[32]));
        core.spotify = new SandboxMusicPlatform(forgetful::accepts);

        core.trackSyncWorker().runOnce("worker", 10);

        TrackSync failed = core.trackSyncs().get(ada, started.id());
        assertThat(failed.status()).isEqualTo(TrackSync.Status.FAILED);
        assertThat(failed.failureReason()).contains("connect it again");
        assertThat(catalog()).isEmpty();
        assertRejected(() -> core.trackSyncs().start(ada, StartTrackSyncCommand.of(null, null, null)),
                ErrorCode.RECONNECT_REQUIRED);
    }

    @Test
    void starting_needs_a_writer_with_a_connection_and_a_valid_command() {
        Member bob = core.organizations().invite(ada, InviteMemberCommand.of("bob@example.com", "MEMBER", null));
        Caller asBob = Caller.member(ada.organizationId(), bob.user().id(), Role.MEMBER);
        assertRejected(() -> core.trackSyncs().start(asBob, StartTrackSyncCommand.of(null, null, null)),
                ErrorCode.CONFLICT);
        Member viewer = core.organizations().invite(ada, InviteMemberCommand.of("vic@example.com", "VIEWER", null));
        Caller asViewer = Caller.member(ada.organizationId(), viewer.user().id(), Role.VIEWER);
        assertRejected(() -> core.trackSyncs().start(asViewer, StartTrackSyncCommand.of(null, null, null)),
                ErrorCode.AUTHORIZATION_ERROR);

        assertInvalid(() -> StartTrackSyncCommand.of("played_tracks", null, 0), "source", "limit");
        assertInvalid(() -> StartTrackSyncCommand.of("saved_tracks", "short_term", null), "timeRange");
        assertInvalid(() -> StartTrackSyncCommand.of(null, "forever", 501), "timeRange", "limit");
        StartTrackSyncCommand defaults = StartTrackSyncCommand.of(null, null, null);
        assertThat(defaults).isEqualTo(new StartTrackSyncCommand(TrackSync.Source.TOP_TRACKS, TimeRange.MEDIUM_TERM,
                50));

        Caller stranger = core.member(Role.OWNER);
        TrackSync mine = core.trackSyncs().start(ada, defaults);
        assertRejected(() -> core.trackSyncs().get(stranger, mine.id()), ErrorCode.NOT_FOUND);
    }

    /** The platform with some calls answered by {@code override} (null: the platform answers). */
    private static MusicPlatform platformWith(MusicPlatform platform, Answers override) {
        return (MusicPlatform) Proxy.newProxyInstance(MusicPlatform.class.getClassLoader(),
                new Class<?>[]{MusicPlatform.class}, (proxy, method, args) -> {
                    Object answer = override.answer(method.getName(), args);
                    return answer != null ? answer : method.invoke(platform, args);
                });
    }

    @FunctionalInterface
    private interface Answers {
        Object answer(String method, Object[] args);
    }
}
