package io.soundport.domain.port;

import java.util.Objects;

/**
 * What a {@link BlobStore} holds under a key: its size in bytes, its content type, and the SHA-256 and MD5 of its
 * bytes in lowercase hex, computed while it was streamed in.
 */
public record StoredBlob(String key, long size, String contentType, String sha256, String md5) {
    public StoredBlob {
        Objects.requireNonNull(key, "key");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(md5, "md5");
    }
}
