package io.soundport.adapters.local.sandbox;

import io.soundport.contracts.MusicPlatformContract;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.platform.MusicPlatform;
import io.soundport.domain.integrations.platform.PlatformArtist;
import io.soundport.domain.integrations.platform.PlatformPageRequest;
import io.soundport.domain.integrations.platform.PlatformSearch;
import io.soundport.domain.integrations.platform.PlatformTrack;
import io.soundport.domain.integrations.platform.SpotifyId;
import io.soundport.domain.integrations.platform.TimeRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class SandboxMusicPlatformTest extends MusicPlatformContract {
    private static final String ISSUED = "sandbox-issued-token";
    private final SandboxMusicPlatform sandbox = new SandboxMusicPlatform(ISSUED::equals);

    @Override
    protected MusicPlatform platform() {
        return sandbox;
    }

    @Override
    protected String validToken() {
        return ISSUED;
    }

    @Override
    protected String searchQuery() {
        return "or";
    }

    @Override
    protected String albumQuery() {
        return "album:northern";
    }

    @Override
    protected SpotifyId knownTrack() {
        return SandboxListening.POLAR_LIGHT;
    }

    @Override
    protected SpotifyId otherKnownTrack() {
        return SandboxListening.MIDNIGHT_FERRY;
    }

    @Override
    protected SpotifyId trackWithFeatures() {
        return SandboxListening.MIDNIGHT_FERRY;
    }

    @Override
    protected SpotifyId trackWithoutFeatures() {
        return SandboxListening.COPPER_SUN;
    }

    @Override
    protected SpotifyId knownArtist() {
        return SandboxListening.AURORA_LANE;
    }

    @Test
    void a_search_finds_what_names_every_word_of_the_query_in_any_case() {
        List<PlatformTrack> hits = sandbox.search(ISSUED, PlatformSearch.of("artist:\"aurora lane\" FERRY", "track",
                null, null, null)).tracks().items();

        assertThat(hits).extracting(PlatformTrack::name).containsExactly("Midnight Ferry");
        assertThat(sandbox.search(ISSUED, PlatformSearch.of("nobody we know", "track,artist,album", null, null,
                null)).artists().total()).isZero();
    }

    @Test
    void every_track_carries_a_valid_isrc_and_the_artists_it_credits() {
        List<PlatformTrack> all = sandbox.topTracks(ISSUED, TimeRange.LONG_TERM, PlatformPageRequest.first(50))
                .items();

        assertThat(all).hasSize(8);
        assertThat(all).allSatisfy(track -> assertThatCode(() -> Isrc.of(track.isrc())).doesNotThrowAnyException());
        assertThat(all.stream().flatMap(track -> track.artists().stream()).map(artist -> artist.id()).distinct())
                .hasSize(3);
    }

    @Test
    void a_featured_artists_top_tracks_include_the_track_they_feature_on() {
        assertThat(sandbox.artistTopTracks(ISSUED, SandboxListening.AURORA_LANE, null))
                .extracting(PlatformTrack::id).contains(SandboxListening.COPPER_SUN).hasSize(5);
    }

    @Test
    void the_top_items_differ_by_time_range() {
        assertThat(sandbox.topArtists(ISSUED, TimeRange.SHORT_TERM, PlatformPageRequest.first(1)).items())
                .extracting(PlatformArtist::id).containsExactly(SandboxListening.MIRA_OKAFOR);
        assertThat(sandbox.topArtists(ISSUED, TimeRange.LONG_TERM, PlatformPageRequest.first(1)).items())
                .extracting(PlatformArtist::id).containsExactly(SandboxListening.AURORA_LANE);
    }

    @Test
    void the_token_check_is_asked_each_time() {
        boolean[] valid = {true};
        SandboxMusicPlatform revocable = new SandboxMusicPlatform(token -> valid[0]);
        assertThat(revocable.profile("any").id()).isEqualTo("sandbox-listener");

        valid[0] = false;
        assertThatCode(() -> revocable.profile("any"))
                .isInstanceOf(GrantRefusedException.class);
    }
}
