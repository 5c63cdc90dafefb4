package io.soundport.application.catalog;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.Versions;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;

import java.time.Instant;

/** Artists of the caller's catalog. An artist with releases or tracks cannot be deleted. */
public final class ArtistService {
    private final TransactionRunner tx;
    private final Artists artists;
    private final Releases releases;
    private final Tracks tracks;
    private final EventRecorder events;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditRecorder audit;

    public ArtistService(TransactionRunner tx, Artists artists, Releases releases, Tracks tracks,
                         EventRecorder events, IdGenerator ids, Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.artists = artists;
        this.releases = releases;
        this.tracks = tracks;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    public Artist create(Caller caller, CreateArtistCommand command) {
        caller.require(Permission.WRITE);
        Instant now = clock.now();
        Artist artist = new Artist(ArtistId.generate(ids), caller.organizationId(), command.name(),
                command.musicbrainzId(), command.spotifyId(), now, now, 1);
        tx.run(() -> {
            artists.add(artist);
            events.record(artist.created(events.meta(caller.organizationId())));
            audit.record(caller, "artist.created", artist.id().value());
        });
        return artist;
    }

    public Artist get(Caller caller, ArtistId id) {
        caller.require(Permission.READ);
        return artists.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Artist", id.value()));
    }

    public Page<Artist> list(Caller caller, ListArtistsQuery query) {
        caller.require(Permission.READ);
        return artists.list(caller.organizationId(), query.nameContains(), query.page());
    }

    /** Changes the given fields (null keeps a field; an empty id clears it). */
    public Artist update(Caller caller, UpdateArtistCommand command) {
        caller.require(Permission.WRITE);
        ArtistId id = command.id();
        return tx.inTransaction(() -> {
            Artist current = get(caller, id);
            Versions.check(command.expectedVersion(), current.version(), "Artist " + id.value());
            Artist changed = artists.update(current.rename(
                    command.name() != null ? command.name() : current.name(),
                    UpdateArtistCommand.applied(command.musicbrainzId(), current.musicbrainzId()),
                    UpdateArtistCommand.applied(command.spotifyId(), current.spotifyId()),
                    clock.now()));
            events.record(changed.updated(events.meta(caller.organizationId())));
            audit.record(caller, "artist.updated", id.value());
            return changed;
        });
    }

    public void delete(Caller caller, DeleteCommand<ArtistId> command) {
        ArtistId id = command.id();
        caller.require(Permission.WRITE);
        tx.run(() -> {
            Artist current = get(caller, id);
            Versions.check(command.expectedVersion(), current.version(), "Artist " + id.value());
            if (releases.existsForArtist(caller.organizationId(), id) || tracks.existsForArtist(caller.organizationId(), id)) {
                throw DomainException.conflict("Artist " + id + " still has releases or tracks; delete those first");
            }
            artists.remove(caller.organizationId(), id);
            events.record(current.deleted(events.meta(caller.organizationId())));
            audit.record(caller, "artist.deleted", id.value());
        });
    }
}
