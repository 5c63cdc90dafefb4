package io.soundport.domain.catalog;

import io.soundport.domain.shared.DomainException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types the catalog takes, with the content types that name them and the bytes that start such a file:
 * audio as WAV or FLAC, artwork as JPEG or PNG.
 */
public enum MediaFormat {
    WAV(MediaKind.AUDIO, "audio/wav", new String[]{"audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave"}),
    FLAC(MediaKind.AUDIO, "audio/flac", new String[]{"audio/flac", "audio/x-flac"}),
    JPEG(MediaKind.ARTWORK, "image/jpeg", new String[]{"image/jpeg", "image/jpg"}),
    PNG(MediaKind.ARTWORK, "image/png", new String[]{"image/png"});

    /** The most bytes {@link #startsLike} needs to see. */
    public static final int SIGNATURE_BYTES = 12;

    private final MediaKind kind;
    private final String contentType;
    private final String[] names;

    MediaFormat(MediaKind kind, String contentType, String[] names) {
        this.kind = kind;
        this.contentType = contentType;
        this.names = names;
    }

    public MediaKind kind() {
        return kind;
    }

    /** The file name extension of this type, without the dot: {@code wav}, {@code flac}, {@code jpg}, {@code png}. */
    public String extension() {
        return this == JPEG ? "jpg" : name().toLowerCase(Locale.ROOT);
    }

    /** The content type this file type is stored and answered with. */
    public String contentType() {
        return contentType;
    }

    /** The type a {@code Content-Type} names (parameters ignored, any case), if the catalog takes it. */
    public static Optional<MediaFormat> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> Arrays.asList(t.names).contains(bare)).findFirst();
    }

    /**
     * The type a {@code Content-Type} names, for an asset of this kind; a VALIDATION_ERROR on field
     * {@code contentType} otherwise.
     */
    public static MediaFormat of(String contentType, MediaKind kind) {
        return of(contentType).filter(t -> t.kind == kind).orElseThrow(() -> DomainException.invalid("contentType",
                kind == MediaKind.AUDIO ? "must be audio/wav or audio/flac" : "must be image/jpeg or image/png"));
    }

    /**
     * True when the first bytes of a file ({@link #SIGNATURE_BYTES} of them, fewer for a shorter file) fit this
     * type.
     */
    public boolean startsLike(byte[] head, int length) {
        return switch (this) {
            case WAV -> length >= 12 && ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE");
            case FLAC -> length >= 4 && ascii(head, 0, "fLaC");
            case JPEG -> length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8
                    && (head[2] & 0xff) == 0xff;
            case PNG -> length >= 8 && (head[0] & 0xff) == 0x89 && ascii(head, 1, "PNG")
                    && head[4] == '\r' && head[5] == '\n' && head[6] == 0x1a && head[7] == '\n';
        };
    }

    private static boolean ascii(byte[] bytes, int offset, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (bytes[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
