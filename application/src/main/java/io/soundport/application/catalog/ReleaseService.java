package io.soundport.application.catalog;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.Versions;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.catalog.ReleaseEvent;
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
import java.util.ArrayList;
import java.util.List;

/** Releases: headless ingestion with tracks, edits while DRAFT, submission (takedowns: DeliveryService). */
public final class ReleaseService {
    private final TransactionRunner tx;
    private final Releases releases;
    private final Tracks tracks;
    private final Artists artists;
    private final EventRecorder events;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditRecorder audit;
    private final MediaCleanup media;

    public ReleaseService(TransactionRunner tx, Releases releases, Tracks tracks, Artists artists,
                          EventRecorder events, IdGenerator ids, Clock clock, AuditRecorder audit,
                          MediaCleanup media) {
        this.tx = tx;
        this.releases = releases;
        this.tracks = tracks;
        this.artists = artists;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.media = media;
    }

    /** Creates a DRAFT release and its tracks in one transaction, with one {@code release.created} event. */
    public ReleaseDetails ingest(Caller caller, IngestReleaseCommand command) {
        caller.require(Permission.WRITE);
        Instant now = clock.now();
        return tx.inTransaction(() -> ingest(caller, command, resolveArtist(caller, command, now), now));
    }

    /** As {@link #ingest(Caller, IngestReleaseCommand)}, by an artist already found or added in this unit of work. */
    ReleaseDetails ingest(Caller caller, IngestReleaseCommand command, Artist artist, Instant now) {
        return tx.inTransaction(() -> {
            Release release = Release.draft(ReleaseId.generate(ids), caller.organizationId(), command.title(),
                    artist.id(), command.upc(), command.label(), command.releaseDate(), command.genre(),
                    command.territories(), now);
            releases.add(release);
            List<Track> added = new ArrayList<>();
            for (IngestReleaseCommand.NewTrack t : command.tracks()) {
                added.add(new Track(TrackId.generate(ids), caller.organizationId(), release.id(), artist.id(),
                        t.title(), t.isrc(), t.durationMs(), t.explicit(), t.position(), now, now, 1));
            }
            tracks.addAll(added);
            added.sort(TrackService.IN_ORDER);
            events.record(release.created(added.size(), events.meta(caller.organizationId(), now, 0)));
            audit.record(caller, "release.created", release.id().value());
            return new ReleaseDetails(release, artist, added);
        });
    }

    public ReleaseDetails get(Caller caller, ReleaseId id) {
        caller.require(Permission.READ);
        return releases.findDetails(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Release", id.value()));
    }

    public Page<Release> list(Caller caller, ListReleasesQuery query) {
        caller.require(Permission.READ);
        return releases.list(caller.organizationId(), query.filter(), query.page());
    }

    public ReleaseDetails update(Caller caller, UpdateReleaseCommand changes) {
        caller.require(Permission.WRITE);
        ReleaseId id = changes.id();
        Instant now = clock.now();
        return tx.inTransaction(() -> {
            Release current = load(caller, id);
            Versions.check(changes.expectedVersion(), current.version(), "Release " + id.value());
            current.requireDraft("changed");
            // the artist as resolved, not read back: on DynamoDB one created in this unit of work is not readable yet
            Artist artist = changes.artistName() != null ? artistNamed(caller, changes.artistName(), null, now)
                    : existingArtist(caller, changes.artistId() != null ? changes.artistId() : current.artistId());
            Release changed = releases.update(current.edit(
                    changes.title() != null ? changes.title() : current.title(),
                    artist.id(),
                    changes.upc().applyTo(current.upc()),
                    changes.label().applyTo(current.label()),
                    changes.releaseDate().applyTo(current.releaseDate()),
                    changes.genre().applyTo(current.genre()),
                    changes.territories() != null ? changes.territories() : current.territories(),
                    now).withLines(changes.pLine().applyTo(current.pLine()), changes.cLine().applyTo(current.cLine()),
                    now));
            ReleaseDetails details = new ReleaseDetails(changed, artist,
                    tracks.ofRelease(caller.organizationId(), changed.id()));
            events.record(changed.updated(details.tracks().size(), events.meta(caller.organizationId())));
            audit.record(caller, "release.updated", id.value());
            return details;
        });
    }

    public void delete(Caller caller, DeleteCommand<ReleaseId> command) {
        ReleaseId id = command.id();
        caller.require(Permission.WRITE);
        List<MediaAsset> removed = tx.inTransaction(() -> {
            Release current = load(caller, id);
            Versions.check(command.expectedVersion(), current.version(), "Release " + id.value());
            current.requireDraft("deleted");
            List<TrackId> trackIds = tracks.ofRelease(caller.organizationId(), id).stream().map(Track::id).toList();
            int removedTracks = tracks.removeOfRelease(caller.organizationId(), id);
            releases.remove(caller.organizationId(), id);
            events.record(current.delete(removedTracks, events.meta(caller.organizationId())));
            audit.record(caller, "release.deleted", id.value());
            return media.removeOfRelease(caller.organizationId(), id, trackIds);
        });
        media.discard(removed);
    }

    /** DRAFT → SUBMITTED; needs at least one track and a release date. */
    public ReleaseDetails submit(Caller caller, SubmitReleaseCommand command) {
        caller.require(Permission.WRITE);
        ReleaseId id = command.id();
        return tx.inTransaction(() -> {
            Release current = load(caller, id);
            Versions.check(command.expectedVersion(), current.version(), "Release " + id.value());
            List<Track> trackList = tracks.ofRelease(caller.organizationId(), id);
            ReleaseEvent.ReleaseSubmitted submitted = current.submit(trackList.size(),
                    events.meta(caller.organizationId()));
            Release stored = events.record(submitted.stored(releases.update(submitted.release()))).release();
            audit.record(caller, "release.submitted", id.value());
            return new ReleaseDetails(stored, artist(caller, stored), trackList);
        });
    }

    private Release load(Caller caller, ReleaseId id) {
        return releases.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Release", id.value()));
    }

    private Artist artist(Caller caller, Release release) {
        return artists.find(caller.organizationId(), release.artistId())
                .orElseThrow(() -> DomainException.notFound("Artist", release.artistId().value()));
    }

    private Artist resolveArtist(Caller caller, IngestReleaseCommand command, Instant now) {
        return command.artistId() != null ? existingArtist(caller, command.artistId())
                : artistNamed(caller, command.artistName(), null, now);
    }

    private Artist existingArtist(Caller caller, ArtistId id) {
        return artists.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.invalid("artistId", "no artist " + id + " in this catalog"));
    }

    /**
     * The catalog's artist of this name, created (with its {@code artist.created} event and this MusicBrainz id, which
     * may be null) when there is none.
     */
    Artist artistNamed(Caller caller, String name, String musicbrainzId, Instant now) {
        Artist candidate = new Artist(ArtistId.generate(ids), caller.organizationId(), name, musicbrainzId, null, now,
                now, 1);
        Artist artist = artists.findByNameOrAdd(candidate);
        if (artist.id().equals(candidate.id())) {
            events.record(artist.created(events.meta(caller.organizationId(), now, 0)));
        }
        return artist;
    }
}
