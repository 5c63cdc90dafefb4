package io.soundport.sdk;

import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Media files as request bodies: streamed from a file or a stream in 64 KB pieces, never held, progress told. */
final class Uploads {
    private static final int PIECE = 64 * 1024;
    private static final Map<String, String> TYPES = Map.of("wav", "audio/wav", "wave", "audio/wav",
            "flac", "audio/flac", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

    private Uploads() {
    }

    /** The content type of a media file named like {@code song.wav}, {@code cover.png}. */
    static String contentTypeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new IllegalArgumentException("cannot tell the content type of " + name
                    + ": name it .wav, .flac, .jpg or .png, or pass the content type");
        }
        return type;
    }

    /** The file, read anew at each attempt: a retry after a dropped connection sends it whole again. */
    static RequestBody of(Path file, String contentType, UploadProgress progress) {
        Objects.requireNonNull(file, "file");
        long length;
        try {
            length = Files.size(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return MediaType.get(contentType);
            }

            @Override
            public long contentLength() {
                return length;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                try (InputStream in = Files.newInputStream(file)) {
                    copy(in, sink, length, progress);
                }
            }
        };
    }

    /** The stream, sent once: it cannot be read again, so the call is never retried. */
    static RequestBody of(InputStream content, long length, String contentType, UploadProgress progress) {
        Objects.requireNonNull(content, "content");
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return MediaType.get(contentType);
            }

            @Override
            public long contentLength() {
                return length < 0 ? -1 : length;
            }

            @Override
            public boolean isOneShot() {
                return true;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                copy(content, sink, length < 0 ? -1 : length, progress);
            }
        };
    }

    private static void copy(InputStream in, BufferedSink sink, long total, UploadProgress progress)
            throws IOException {
        UploadProgress told = progress == null ? UploadProgress.NONE : progress;
        byte[] piece = new byte[PIECE];
        long sent = 0;
        told.onProgress(0, total);
        for (int n; (n = in.read(piece)) >= 0; ) {
            sink.write(piece, 0, n);
            sent += n;
            told.onProgress(sent, total);
        }
        sink.flush();
    }
}
