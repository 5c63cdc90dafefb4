package io.soundport.domain.catalog.metadata;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * An image from a cover archive, whole in memory (the adapters cap its size): the content type the archive gave
 * ({@code image/jpeg}), and its bytes.
 */
public record CoverImage(String contentType, byte[] bytes) {
    public CoverImage {
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("A cover image needs its content type");
        }
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("A cover image cannot be empty");
        }
        contentType = contentType.strip();
        bytes = bytes.clone();
    }

    /** A copy of the bytes; {@link #open()} reads them without one. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The image as a stream of its bytes. */
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    /** How many bytes the image has. */
    public int size() {
        return bytes.length;
    }

    /** Equal content types and bytes, as arrays do not compare by content in a record. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CoverImage that && contentType.equals(that.contentType)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * contentType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CoverImage[" + contentType + ", " + bytes.length + " bytes]";
    }
}
