package io.soundport.domain.port;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 and MD5 of a stream, fed chunk by chunk as it passes through a {@link BlobStore}, so that no store needs
 * the whole content to hash it. Not thread-safe: one per stream.
 */
public final class BlobDigests {
    private final MessageDigest sha256 = digest("SHA-256");
    private final MessageDigest md5 = digest("MD5");
    private long size;

    public void update(byte[] bytes, int offset, int length) {
        sha256.update(bytes, offset, length);
        md5.update(bytes, offset, length);
        size += length;
    }

    /** The bytes fed so far. */
    public long size() {
        return size;
    }

    /** What was fed, as stored under {@code key}; ends this digest. */
    public StoredBlob finish(String key, String contentType) {
        HexFormat hex = HexFormat.of();
        return new StoredBlob(key, size, contentType, hex.formatHex(sha256.digest()), hex.formatHex(md5.digest()));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
