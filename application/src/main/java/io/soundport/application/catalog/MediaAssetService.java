package io.soundport.application.catalog;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.MediaAssets;
import io.soundport.domain.catalog.MediaFacts;
import io.soundport.domain.catalog.MediaInspector;
import io.soundport.domain.catalog.MediaKind;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.BlobStore;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The media files of the catalog: a track's audio (WAV or FLAC) and a release's artwork (JPEG or PNG, square, at
 * least {@value #MIN_ARTWORK_PIXELS} pixels a side). An upload is streamed to the {@link BlobStore} under a key of its
 * own and read back for its facts; only then is it recorded, replacing the subject's earlier asset, whose file is
 * deleted after the commit. A refused upload leaves neither a file nor a record. Removal is allowed while the release
 * is a DRAFT.
 */
public final class MediaAssetService {
    /** The least width and height of a release's artwork: what the major DSPs ask for. */
    public static final int MIN_ARTWORK_PIXELS = 1400;
    /** How far the audio's length may differ from its track's {@code duration_ms} before a warning. */
    static final long DURATION_TOLERANCE_MS = 1000;

    private final TransactionRunner tx;
    private final Tracks tracks;
    private final Releases releases;
    private final MediaAssets assets;
    private final MediaFiles files;
    private final Clock clock;
    private final AuditRecorder audit;

    public MediaAssetService(TransactionRunner tx, Tracks tracks, Releases releases, MediaAssets assets,
                             MediaStorage storage, Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.tracks = tracks;
        this.releases = releases;
        this.assets = assets;
        this.files = new MediaFiles(storage.blobs(), storage.inspector(), storage.ids());
        this.clock = clock;
        this.audit = audit;
    }

    /** Where the files go and how they are read: the blob store, the inspector, and the ids that name the files. */
    public record MediaStorage(BlobStore blobs, MediaInspector inspector, IdGenerator ids) {
    }

    /** Stores the file for its subject (replacing what it had) and answers what was recorded. */
    public MediaAssetReport upload(Caller caller, UploadMediaCommand command) {
        caller.require(Permission.WRITE);
        AssetSubject subject = command.subject();
        releaseOf(caller, subject);
        MediaFiles.Stored stored = files.store(caller.organizationId(), command,
                subject.kind() == MediaKind.ARTWORK ? MediaAssetService::requireArtworkSize : facts -> { });
        Optional<MediaAsset> replaced;
        try {
            replaced = tx.inTransaction(() -> {
                // read again in the unit of work: the track may have moved to another release meanwhile
                MediaAsset asset = new MediaAsset(caller.organizationId(), subject, releaseOf(caller, subject),
                        stored.blob().key(), stored.blob().contentType(), stored.blob().size(), stored.blob().sha256(),
                        stored.blob().md5(), stored.facts(), clock.now());
                Optional<MediaAsset> previous = assets.put(asset);
                audit.record(caller, action(subject, "uploaded"), subject.id());
                return previous;
            });
        } catch (RuntimeException e) {
            files.discard(stored.blob().key());
            throw e;
        }
        replaced.filter(p -> !p.blobKey().equals(stored.blob().key())).ifPresent(p -> files.discard(p.blobKey()));
        return get(caller, subject);
    }

    /** The subject's asset with its warnings; NOT_FOUND when the subject or its asset is missing. */
    public MediaAssetReport get(Caller caller, AssetSubject subject) {
        caller.require(Permission.READ);
        Optional<Track> track = subject.kind() == MediaKind.AUDIO ? Optional.of(track(caller, subject)) : Optional.empty();
        if (subject.kind() == MediaKind.ARTWORK) {
            release(caller, ReleaseId.of(subject.id()));
        }
        MediaAsset asset = assets.find(caller.organizationId(), subject)
                .orElseThrow(() -> DomainException.notFound(noun(subject), subject.id()));
        List<MediaAssetReport.Warning> warnings = new ArrayList<>();
        if (track.isPresent() && asset.facts() instanceof MediaFacts.Audio audio
                && Math.abs(audio.durationMs() - track.get().durationMs()) > DURATION_TOLERANCE_MS) {
            warnings.add(new MediaAssetReport.Warning(MediaAssetReport.Warning.DURATION_MISMATCH,
                    "The audio lasts " + audio.durationMs() + " ms; the track's duration_ms is "
                            + track.get().durationMs() + " ms"));
        }
        return new MediaAssetReport(asset, warnings);
    }

    /** Removes the subject's asset and its file; the release must be a DRAFT (CONFLICT otherwise). */
    public void delete(Caller caller, AssetSubject subject) {
        caller.require(Permission.WRITE);
        MediaAsset removed = tx.inTransaction(() -> {
            ReleaseId releaseId = releaseOf(caller, subject);
            if (releaseId != null) {
                Release release = release(caller, releaseId);
                if (release.status() != ReleaseStatus.DRAFT) {
                    throw DomainException.conflict("Release " + releaseId + " is " + release.status()
                            + "; its audio and artwork are removed only while it is a DRAFT");
                }
            }
            MediaAsset asset = assets.remove(caller.organizationId(), subject)
                    .orElseThrow(() -> DomainException.notFound(noun(subject), subject.id()));
            audit.record(caller, action(subject, "deleted"), subject.id());
            return asset;
        });
        files.discard(removed.blobKey());
    }

    private static void requireArtworkSize(MediaFacts facts) {
        MediaFacts.Image image = (MediaFacts.Image) facts;
        if (image.width() != image.height()) {
            throw DomainException.invalid("content", "must be square; it is " + image.width() + "×" + image.height());
        }
        if (image.width() < MIN_ARTWORK_PIXELS) {
            throw DomainException.invalid("content", "must be at least " + MIN_ARTWORK_PIXELS + "×"
                    + MIN_ARTWORK_PIXELS + " pixels; it is " + image.width() + "×" + image.height());
        }
    }

    /** The release the subject belongs to (null for a track on no release); NOT_FOUND for a missing subject. */
    private ReleaseId releaseOf(Caller caller, AssetSubject subject) {
        if (subject.kind() == MediaKind.AUDIO) {
            return track(caller, subject).releaseId();
        }
        return release(caller, ReleaseId.of(subject.id())).id();
    }

    private Track track(Caller caller, AssetSubject subject) {
        TrackId id = TrackId.of(subject.id());
        return tracks.find(caller.organizationId(), id).orElseThrow(() -> DomainException.notFound("Track", id.value()));
    }

    private Release release(Caller caller, ReleaseId id) {
        return releases.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Release", id.value()));
    }

    private static String noun(AssetSubject subject) {
        return subject.kind() == MediaKind.AUDIO ? "Audio of track" : "Artwork of release";
    }

    private static String action(AssetSubject subject, String what) {
        return subject.kind() == MediaKind.AUDIO ? "track.audio_" + what : "release.artwork_" + what;
    }
}
