package io.soundport.contracts;

import io.soundport.domain.catalog.MediaFacts;
import io.soundport.domain.catalog.MediaFormat;
import io.soundport.domain.catalog.MediaInspector;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link MediaInspector} must do, on real files. */
public abstract class MediaInspectorContract {

    protected abstract MediaInspector inspector();

    private MediaFacts inspect(MediaFormat format, byte[] file) {
        return inspector().inspect(format, new ByteArrayInputStream(file), file.length);
    }

    @Test
    void reads_a_wav_header() {
        byte[] wav = MediaSamples.wav(48_000, 1, 1_500);

        assertThat(inspect(MediaFormat.WAV, wav)).isEqualTo(new MediaFacts.Audio("PCM", 48_000, 16, 1, 1_500));
    }

    @Test
    void reads_the_header_of_a_long_wav_without_reading_its_samples() {
        long size = 44 + 44_100L * 4 * 600;
        InputStream stream = MediaSamples.wavStream(size, 7);

        assertThat(inspector().inspect(MediaFormat.WAV, stream, size))
                .isEqualTo(new MediaFacts.Audio("PCM", 44_100, 16, 2, 600_000));
    }

    @Test
    void reads_the_streaminfo_of_a_flac() {
        assertThat(inspect(MediaFormat.FLAC, MediaSamples.flac()))
                .isEqualTo(new MediaFacts.Audio("FLAC", 44_100, 16, 2, 1_000));
    }

    @Test
    void reads_the_dimensions_of_png_and_jpeg() {
        assertThat(inspect(MediaFormat.PNG, MediaSamples.png(1500, 1400)))
                .isEqualTo(new MediaFacts.Image("PNG", 1500, 1400));
        assertThat(inspect(MediaFormat.JPEG, MediaSamples.jpeg(1400, 1401)))
                .isEqualTo(new MediaFacts.Image("JPEG", 1400, 1401));
    }

    @Test
    void refuses_a_file_that_is_not_of_its_format_or_is_cut_short_as_invalid_content() {
        byte[] wav = MediaSamples.wav(44_100, 2, 100);
        byte[] flac = MediaSamples.flac();
        byte[] png = MediaSamples.png(64, 64);

        for (var c : new Object[][]{{MediaFormat.FLAC, wav}, {MediaFormat.WAV, flac}, {MediaFormat.JPEG, png},
                {MediaFormat.PNG, "not a picture".getBytes()}, {MediaFormat.WAV, Arrays.copyOf(wav, 20)},
                {MediaFormat.FLAC, Arrays.copyOf(flac, 20)}, {MediaFormat.PNG, Arrays.copyOf(png, 12)}}) {
            assertThatThrownBy(() -> inspect((MediaFormat) c[0], (byte[]) c[1])).as(c[0].toString())
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                        assertThat(e.details()).singleElement().satisfies(d -> assertThat(d.field())
                                .isEqualTo("content"));
                    });
        }
    }
}
