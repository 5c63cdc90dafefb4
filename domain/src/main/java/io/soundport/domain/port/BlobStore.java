package io.soundport.domain.port;

import io.soundport.domain.shared.DomainException;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Large files (audio, artwork, delivery packages) by key, streamed both ways and never held whole in memory: a
 * folder under the data directory locally, an S3 bucket on AWS.
 *
 * <p>A key is a path of segments separated by {@code /} ({@code releases/rel_1/cover.jpg}): at most
 * {@value #MAX_KEY_BYTES} bytes in UTF-8, printable (no control character), with no leading or trailing {@code /}, no
 * empty segment, no {@code .} or {@code ..} segment and no backslash; {@link #checkKey} says why one is refused
 * (VALIDATION_ERROR on field {@code key}), and every method refuses such keys the same way. A write to an existing
 * key replaces it whole: a reader sees the old content or the new, never a mix. Storage failures are
 * {@code INTEGRATION_ERROR} {@link DomainException}s; no vendor exception crosses this port.
 */
public interface BlobStore {
    int MAX_KEY_BYTES = 1024;

    /**
     * Streams {@code content} to {@code key}, replacing what was there, and returns what was stored with its size and
     * hashes. {@code length} is the number of bytes the stream holds, or -1 when unknown; a stream that ends before
     * (or goes on after) a given length is refused and nothing is stored. The caller closes {@code content}.
     */
    StoredBlob put(String key, InputStream content, long length, String contentType);

    /** What is stored under the key, or empty. */
    Optional<StoredBlob> info(String key);

    /** The content under the key, to be closed by the caller; NOT_FOUND when there is none. */
    InputStream open(String key);

    /** Removes the key; false when there was nothing under it. */
    boolean delete(String key);

    /**
     * A URL that fetches the content without further credentials for {@code validFor} (a pre-signed GET on S3; the
     * local stand-in gives a {@code file:} URI, valid as long as the file exists). NOT_FOUND when the key is absent.
     */
    URI downloadUrl(String key, Duration validFor);

    /** The key as given; a VALIDATION_ERROR on field {@code key} saying why it may not be used. */
    static String checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw DomainException.invalid("key", "must not be empty");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw DomainException.invalid("key", "must be at most " + MAX_KEY_BYTES + " bytes in UTF-8");
        }
        if (key.startsWith("/") || key.endsWith("/")) {
            throw DomainException.invalid("key", "must not start or end with '/'");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) && !validPair(key, i)) {
                throw DomainException.invalid("key", "must be printable (no control character or lone surrogate)");
            }
            if (c == '\\') {
                throw DomainException.invalid("key", "must not contain a backslash");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw DomainException.invalid("key", "must not have an empty, '.' or '..' segment");
            }
        }
        return key;
    }

    private static boolean validPair(String key, int i) {
        return Character.isHighSurrogate(key.charAt(i)) && i + 1 < key.length()
                && Character.isLowSurrogate(key.charAt(i + 1));
    }
}
