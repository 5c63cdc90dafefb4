package io.soundport.adapters.musicbrainz;

import io.soundport.contracts.CoverArtContract;
import io.soundport.domain.catalog.metadata.CoverArt;
import io.soundport.domain.catalog.metadata.Mbid;
import org.junit.jupiter.api.AfterEach;

/** The port's contract on the Cover Art Archive's answers, redirects included. */
class CoverArtArchiveContractTest extends CoverArtContract {
    private final CoverArtArchiveStub archive = new CoverArtArchiveStub();
    private final CoverArt coverArt = archive.coverArt();

    @AfterEach
    void stop() {
        archive.close();
    }

    @Override
    protected CoverArt coverArt() {
        return coverArt;
    }

    @Override
    protected Mbid releaseWithCover() {
        return CoverArtArchiveStub.WITH_COVER;
    }

    @Override
    protected Mbid releaseWithoutCover() {
        return CoverArtArchiveStub.WITHOUT_COVER;
    }
}
