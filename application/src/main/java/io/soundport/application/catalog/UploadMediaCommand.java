package io.soundport.application.catalog;

import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaFormat;
import io.soundport.domain.catalog.MediaKind;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;

import java.io.InputStream;
import java.util.Objects;

/**
 * A media file to store for its subject, as a stream the service reads once (the caller closes it): the audio of a
 * track (WAV or FLAC) or the artwork of a release (JPEG or PNG), at most {@link #MAX_BYTES}.
 *
 * @param length the bytes the stream holds, or -1 when unknown (a chunked upload): the store then counts them
 */
public record UploadMediaCommand(AssetSubject subject, MediaFormat format, InputStream content, long length) {
    /** 2 GiB: the largest file the catalog takes. */
    public static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;

    public UploadMediaCommand {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        if (format.kind() != subject.kind()) {
            throw new IllegalArgumentException(format + " is no " + subject.kind() + " format");
        }
        if (length > MAX_BYTES) {
            throw tooLarge();
        }
        if (length == 0) {
            throw DomainException.invalid("content", "must not be empty");
        }
    }

    /** The audio of a track; the content type must name WAV or FLAC. */
    public static UploadMediaCommand audio(TrackId track, String contentType, InputStream content, long length) {
        return new UploadMediaCommand(AssetSubject.audioOf(track), MediaFormat.of(contentType, MediaKind.AUDIO),
                content, length);
    }

    /** The artwork of a release; the content type must name JPEG or PNG. */
    public static UploadMediaCommand artwork(ReleaseId release, String contentType, InputStream content, long length) {
        return new UploadMediaCommand(AssetSubject.artworkOf(release), MediaFormat.of(contentType, MediaKind.ARTWORK),
                content, length);
    }

    static DomainException tooLarge() {
        return new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, "A media file may have at most 2 GiB ("
                + MAX_BYTES + " bytes)");
    }
}
