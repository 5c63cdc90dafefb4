package io.soundport.application.catalog;

import io.soundport.domain.catalog.MediaFormat;
import io.soundport.domain.catalog.MediaKind;
import io.soundport.domain.catalog.metadata.CoverArt;
import io.soundport.domain.catalog.metadata.CoverImage;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.soundport.application.catalog.CoverImport.Reason.FAILED;
import static io.soundport.application.catalog.CoverImport.Reason.NOT_FOUND;
import static io.soundport.application.catalog.CoverImport.Reason.REFUSED;

/**
 * Stores a release's front cover from the cover archive (the Cover Art Archive) as the artwork of a catalog release,
 * through {@link MediaAssetService}, so that every rule of artwork applies. Run it outside any unit of work: it waits on
 * the archive, and the upload opens its own. It never fails for the cover: no cover, a cover artwork refuses, or the
 * archive failing is a {@link CoverImport.NotStored} saying so, and the release stays as it was.
 */
public final class CoverImportService {
    private static final System.Logger LOG = System.getLogger(CoverImportService.class.getName());

    private final CoverArt coverArt;
    private final MediaAssetService media;

    public CoverImportService(CoverArt coverArt, MediaAssetService media) {
        this.coverArt = coverArt;
        this.media = media;
    }

    /** Fetches the source release's front cover and stores it as the release's artwork, replacing what it had. */
    public CoverImport importFront(Caller caller, ImportCoverCommand command) {
        caller.require(Permission.WRITE);
        Optional<CoverImage> front;
        try {
            front = coverArt.front(command.source());
        } catch (DomainException failed) {
            return new CoverImport.NotStored(FAILED, "The cover could not be fetched: " + failed.getMessage());
        }
        if (front.isEmpty()) {
            return new CoverImport.NotStored(NOT_FOUND, "The Cover Art Archive has no front cover of MusicBrainz "
                    + "release " + command.source());
        }
        CoverImage image = front.get();
        if (MediaFormat.of(image.contentType()).filter(f -> f.kind() == MediaKind.ARTWORK).isEmpty()) {
            return new CoverImport.NotStored(REFUSED, "The front cover is " + image.contentType()
                    + "; artwork must be image/jpeg or image/png");
        }
        try (InputStream content = image.open()) {
            return new CoverImport.Stored(media.upload(caller, UploadMediaCommand.artwork(command.release(),
                    image.contentType(), content, image.size())));
        } catch (DomainException refused) {
            if (refused.code() == ErrorCode.VALIDATION_ERROR || refused.code() == ErrorCode.PAYLOAD_TOO_LARGE) {
                return new CoverImport.NotStored(REFUSED, "The front cover is not what artwork must be: "
                        + reasons(refused));
            }
            return new CoverImport.NotStored(FAILED, "The cover could not be stored: " + refused.getMessage());
        } catch (IOException | RuntimeException broken) {
            // the release is imported already; a store failing must not turn that into an error
            LOG.log(System.Logger.Level.WARNING, "The cover of release " + command.release() + " could not be stored",
                    broken);
            return new CoverImport.NotStored(FAILED, "The cover could not be stored");
        }
    }

    private static String reasons(DomainException refused) {
        if (refused.details().isEmpty()) {
            return refused.getMessage();
        }
        return refused.details().stream().map(FieldError::message).collect(Collectors.joining("; "));
    }
}
