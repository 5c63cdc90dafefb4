package io.soundport.adapters.spotify;

import io.soundport.contracts.MusicPlatformContract;
import io.soundport.domain.integrations.platform.MusicPlatform;
import io.soundport.domain.integrations.platform.SpotifyId;
import org.junit.jupiter.api.AfterEach;

/** The port's contract on the recorded Spotify answers. */
class SpotifyMusicPlatformContractTest extends MusicPlatformContract {
    private final SpotifyStub spotify = new SpotifyStub();
    private final MusicPlatform platform = spotify.platform();

    @AfterEach
    void stop() {
        spotify.close();
    }

    @Override
    protected MusicPlatform platform() {
        return platform;
    }

    @Override
    protected String validToken() {
        return SpotifyStub.TOKEN;
    }

    @Override
    protected String searchQuery() {
        return "Muse";
    }

    @Override
    protected String albumQuery() {
        return "Muse";
    }

    @Override
    protected SpotifyId knownTrack() {
        return SpotifyStub.MR_BRIGHTSIDE;
    }

    @Override
    protected SpotifyId otherKnownTrack() {
        return SpotifyStub.SOMEBODY_TOLD_ME;
    }

    @Override
    protected SpotifyId trackWithFeatures() {
        return SpotifyStub.MEASURED;
    }

    @Override
    protected SpotifyId trackWithoutFeatures() {
        return SpotifyStub.MR_BRIGHTSIDE;
    }

    @Override
    protected SpotifyId knownArtist() {
        return SpotifyStub.BAND_OF_HORSES;
    }

    @Override
    protected SpotifyId artistWithTopTracks() {
        return SpotifyStub.ELVIS;
    }
}
