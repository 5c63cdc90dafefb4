package io.soundport.application.catalog;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.Versions;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Tracks, on a release or on their own. A track on a release changes only while the release is DRAFT, and each
 * change moves the release to a new version (its ETag covers its tracks).
 */
public final class TrackService {
    static final Comparator<Track> IN_ORDER = Comparator
            .comparing((Track t) -> t.position() == null ? Integer.MAX_VALUE : t.position())
            .thenComparing(Track::createdAt)
            .thenComparing(t -> t.id().value());

    private final TransactionRunner tx;
    private final Tracks tracks;
    private final Releases releases;
    private final Artists artists;
    private final EventRecorder events;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditRecorder audit;
    private final MediaCleanup media;

    public TrackService(TransactionRunner tx, Tracks tracks, Releases releases, Artists artists,
                        EventRecorder events, IdGenerator ids, Clock clock, AuditRecorder audit,
                        MediaCleanup media) {
        this.tx = tx;
        this.tracks = tracks;
        this.releases = releases;
        this.artists = artists;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.media = media;
    }

    public Track create(Caller caller, CreateTrackCommand command) {
        caller.require(Permission.WRITE);
        Instant now = clock.now();
        ReleaseId releaseId = command.releaseId();
        return tx.inTransaction(() -> {
            Release release = releaseId == null ? null : draftRelease(caller, releaseId);
            ArtistId artist = command.artistId() != null ? requireArtist(caller, command.artistId())
                    : release != null ? release.artistId() : null;
            if (release != null) {
                requireFreePosition(caller, releaseId, command.position(), null);
            }
            Track track = new Track(TrackId.generate(ids), caller.organizationId(), releaseId, artist,
                    command.title(), command.isrc(), command.durationMs(), command.explicit(), command.position(),
                    now, now, 1);
            tracks.add(track);
            if (release != null) {
                touch(release, now);
            }
            events.record(track.created(events.meta(caller.organizationId(), now, 0)));
            audit.record(caller, "track.created", track.id().value());
            return track;
        });
    }

    public Track get(Caller caller, TrackId id) {
        caller.require(Permission.READ);
        return load(caller, id);
    }

    public Page<Track> list(Caller caller, ListTracksQuery query) {
        caller.require(Permission.READ);
        return tracks.list(caller.organizationId(), query.filter(), query.page());
    }

    public Track update(Caller caller, UpdateTrackCommand changes) {
        caller.require(Permission.WRITE);
        Instant now = clock.now();
        TrackId id = changes.id();
        return tx.inTransaction(() -> {
            Track current = load(caller, id);
            Versions.check(changes.expectedVersion(), current.version(), "Track " + id.value());
            if (current.releaseId() != null) {
                touch(draftRelease(caller, current.releaseId()), now);
            }
            ReleaseId targetRelease = current.releaseId();
            if (changes.releaseId() != null && !changes.releaseId().equals(current.releaseId())) {
                touch(draftRelease(caller, changes.releaseId()), now);
                targetRelease = changes.releaseId();
            }
            ArtistId artist = changes.artistId() != null ? requireArtist(caller, changes.artistId()) : current.artistId();
            Integer position = changes.position() != null ? changes.position() : current.position();
            if (targetRelease != null && (changes.position() != null || !targetRelease.equals(current.releaseId()))) {
                requireFreePosition(caller, targetRelease, position, id);
            }
            Track changed = tracks.update(current.edit(
                    changes.title() != null ? changes.title() : current.title(),
                    changes.isrc() != null ? changes.isrc() : current.isrc(),
                    changes.durationMs() != null ? Track.checkDuration(changes.durationMs()) : current.durationMs(),
                    changes.explicit() != null ? changes.explicit() : current.explicit(),
                    position, targetRelease, artist, now));
            events.record(changed.updated(events.meta(caller.organizationId(), now, 0)));
            audit.record(caller, "track.updated", id.value());
            return changed;
        });
    }

    public void delete(Caller caller, DeleteCommand<TrackId> command) {
        TrackId id = command.id();
        caller.require(Permission.WRITE);
        Instant now = clock.now();
        List<MediaAsset> removed = tx.inTransaction(() -> {
            Track current = load(caller, id);
            Versions.check(command.expectedVersion(), current.version(), "Track " + id.value());
            if (current.releaseId() != null) {
                touch(draftRelease(caller, current.releaseId()), now);
            }
            tracks.remove(caller.organizationId(), id);
            events.record(current.deleted(events.meta(caller.organizationId(), now, 0)));
            audit.record(caller, "track.deleted", id.value());
            return media.removeOfTrack(caller.organizationId(), id);
        });
        media.discard(removed);
    }

    private Track load(Caller caller, TrackId id) {
        return tracks.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Track", id.value()));
    }

    private Release draftRelease(Caller caller, ReleaseId releaseId) {
        Release release = releases.find(caller.organizationId(), releaseId)
                .orElseThrow(() -> DomainException.invalid("releaseId", "no release " + releaseId + " in this catalog"));
        if (release.status() != io.soundport.domain.catalog.ReleaseStatus.DRAFT) {
            throw DomainException.conflict("Release " + releaseId + " is " + release.status()
                    + "; the tracks of a release change only while it is a DRAFT");
        }
        return release;
    }

    /** Two tracks of one release never share a position. */
    private void requireFreePosition(Caller caller, ReleaseId releaseId, Integer position, TrackId self) {
        if (position == null) {
            return;
        }
        boolean taken = tracks.ofRelease(caller.organizationId(), releaseId).stream()
                .anyMatch(t -> position.equals(t.position()) && !t.id().equals(self));
        if (taken) {
            throw DomainException.conflict("Position " + position + " is taken on release " + releaseId, "position");
        }
    }

    private ArtistId requireArtist(Caller caller, ArtistId artistId) {
        if (artists.find(caller.organizationId(), artistId).isEmpty()) {
            throw DomainException.invalid("artistId", "no artist " + artistId + " in this catalog");
        }
        return artistId;
    }

    private void touch(Release release, Instant now) {
        releases.update(release.edit(release.title(), release.artistId(), release.upc(), release.label(),
                release.releaseDate(), release.genre(), release.territories(), now));
    }
}
