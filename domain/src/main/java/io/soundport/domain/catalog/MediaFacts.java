package io.soundport.domain.catalog;

/**
 * What was read from a media file itself (never from what its uploader said): the audio's format and length, or the
 * image's format and dimensions.
 */
public sealed interface MediaFacts {
    /** The codec as the platform names it: {@code PCM} (WAV), {@code FLAC}, {@code JPEG}, {@code PNG}. */
    String codec();

    /** An audio file: sample rate in Hz, bits per sample, channels, and its length in milliseconds. */
    record Audio(String codec, int sampleRate, int bitDepth, int channels, long durationMs) implements MediaFacts {
        public Audio {
            requireCodec(codec);
            if (sampleRate <= 0 || bitDepth <= 0 || channels <= 0 || durationMs < 0) {
                throw new IllegalArgumentException("audio facts out of range");
            }
        }
    }

    /** An image: its width and height in pixels. */
    record Image(String codec, int width, int height) implements MediaFacts {
        public Image {
            requireCodec(codec);
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("image dimensions out of range");
            }
        }
    }

    private static void requireCodec(String codec) {
        if (codec == null || codec.isBlank()) {
            throw new IllegalArgumentException("codec must be given");
        }
    }
}
