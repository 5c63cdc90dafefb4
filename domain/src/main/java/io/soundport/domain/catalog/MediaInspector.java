package io.soundport.domain.catalog;

import java.io.InputStream;

/**
 * Reads the {@link MediaFacts} of a stored media file from the file itself, reading as little of it as the format
 * allows (a WAV's or FLAC's header, an image's header up to its dimensions). The caller opens and closes the stream.
 */
public interface MediaInspector {
    /**
     * The facts of {@code content}, a file of {@code size} bytes said to be a {@code format} file; a VALIDATION_ERROR
     * on field {@code content} when it is not a readable file of that format.
     */
    MediaFacts inspect(MediaFormat format, InputStream content, long size);
}
