package io.soundport.adapters.musicbrainz;

import io.soundport.contracts.MusicMetadataContract;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.catalog.metadata.MusicMetadata;
import org.junit.jupiter.api.AfterEach;

/** The port's contract on the recorded MusicBrainz answers. */
class MusicBrainzMusicMetadataContractTest extends MusicMetadataContract {
    private final MusicBrainzStub musicBrainz = new MusicBrainzStub();
    private final MusicMetadata metadata = musicBrainz.metadata();

    @AfterEach
    void stop() {
        musicBrainz.close();
    }

    @Override
    protected MusicMetadata metadata() {
        return metadata;
    }

    @Override
    protected String artistQuery() {
        return "artist:(bob dylan)";
    }

    @Override
    protected String releaseQuery() {
        return "artist:(giant sand) release:(tucson)";
    }

    @Override
    protected String recordingQuery() {
        return "artist:(calexico) AND recording:(alone again or) AND NOT secondarytype:(live)";
    }

    @Override
    protected Mbid knownArtist() {
        return MusicBrainzStub.NIRVANA;
    }

    @Override
    protected Mbid knownRelease() {
        return MusicBrainzStub.TUCSON;
    }

    @Override
    protected Mbid knownRecording() {
        return MusicBrainzStub.ALONE_AGAIN_OR;
    }
}
