package io.soundport.adapters.local.sandbox;

import io.soundport.contracts.CoverArtContract;
import io.soundport.domain.catalog.metadata.CoverArt;
import io.soundport.domain.catalog.metadata.CoverImage;
import io.soundport.domain.catalog.metadata.Mbid;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxCoverArtTest extends CoverArtContract {
    private final SandboxCoverArt sandbox = new SandboxCoverArt();

    @Override
    protected CoverArt coverArt() {
        return sandbox;
    }

    @Override
    protected Mbid releaseWithCover() {
        return SandboxMusicCatalog.NORTHERN_SKIES;
    }

    @Override
    protected Mbid releaseWithoutCover() {
        return SandboxMusicCatalog.LIVE_AT_THE_PIER;
    }

    @Test
    void both_editions_of_northern_skies_have_a_square_png_as_large_as_artwork_asks() throws IOException {
        for (Mbid release : new Mbid[]{SandboxMusicCatalog.NORTHERN_SKIES, SandboxMusicCatalog.NORTHERN_SKIES_DELUXE}) {
            CoverImage cover = sandbox.front(release).orElseThrow();
            assertThat(cover.contentType()).isEqualTo("image/png");
            try (InputStream in = cover.open()) {
                BufferedImage image = ImageIO.read(in);
                assertThat(image.getWidth()).as("%s", release).isEqualTo(1400);
                assertThat(image.getHeight()).as("%s", release).isEqualTo(1400);
            }
        }
        assertThat(sandbox.front(SandboxMusicCatalog.NORTHERN_SKIES))
                .isNotEqualTo(sandbox.front(SandboxMusicCatalog.NORTHERN_SKIES_DELUXE));
    }
}
