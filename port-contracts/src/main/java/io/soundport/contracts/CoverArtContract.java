package io.soundport.contracts;

import io.soundport.domain.catalog.MediaFormat;
import io.soundport.domain.catalog.metadata.CoverArt;
import io.soundport.domain.catalog.metadata.CoverImage;
import io.soundport.domain.catalog.metadata.Mbid;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link CoverArt} must do, on the releases its suite names: the front cover of a release that has one is
 * an image that is what its content type says, the same each time it is asked for; a release the archive knows no
 * front cover of, and one it does not know at all, are empty, not errors.
 */
public abstract class CoverArtContract {

    protected abstract CoverArt coverArt();

    /** A release with a front cover in the archive. */
    protected abstract Mbid releaseWithCover();

    /** A release the metadata source knows but the archive has no front cover of. */
    protected abstract Mbid releaseWithoutCover();

    /** An id neither knows. */
    protected Mbid unknownId() {
        return Mbid.of("00000000-0000-4000-8000-000000000000");
    }

    @Test
    void a_front_cover_is_an_image_of_the_type_it_is_said_to_be() throws IOException {
        CoverImage cover = coverArt().front(releaseWithCover()).orElseThrow();

        Optional<MediaFormat> format = MediaFormat.of(cover.contentType());
        assertThat(format).as("the content type %s", cover.contentType()).isPresent();
        byte[] head = cover.bytes();
        assertThat(format.get().startsLike(head, Math.min(head.length, MediaFormat.SIGNATURE_BYTES)))
                .as("the bytes start like %s", format.get()).isTrue();
        try (InputStream in = cover.open()) {
            BufferedImage image = ImageIO.read(in);
            assertThat(image).as("an image ImageIO reads").isNotNull();
            assertThat(image.getWidth()).isPositive();
        }
        assertThat(cover.size()).isEqualTo(head.length);
    }

    @Test
    void the_same_release_answers_the_same_cover() {
        assertThat(coverArt().front(releaseWithCover())).isEqualTo(coverArt().front(releaseWithCover()));
    }

    @Test
    void a_release_without_a_front_cover_is_empty() {
        assertThat(coverArt().front(releaseWithoutCover())).isEmpty();
    }

    @Test
    void an_unknown_release_is_empty() {
        assertThat(coverArt().front(unknownId())).isEmpty();
    }
}
