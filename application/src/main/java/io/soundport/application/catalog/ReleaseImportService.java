package io.soundport.application.catalog;

import io.soundport.application.shared.EventRecorder;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.catalog.metadata.MetadataRelease;
import io.soundport.domain.catalog.metadata.MusicMetadata;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;

import java.time.Instant;

/**
 * Imports a release the metadata source (MusicBrainz) knows into the catalog as a DRAFT, with its tracklist, ISRCs,
 * barcode, label and date where the source has them. In two steps, so that the call to the source is made outside
 * any unit of work: {@link #read} fetches and maps the release, {@link #importRelease} writes it in one unit of work
 * with its {@code release.created} event, the artist found by name (its MusicBrainz id linked when it had none) or
 * added.
 */
public final class ReleaseImportService {
    private final TransactionRunner tx;
    private final Artists artists;
    private final ReleaseService releases;
    private final MusicMetadata metadata;
    private final EventRecorder events;
    private final Clock clock;

    public ReleaseImportService(TransactionRunner tx, Artists artists, ReleaseService releases, MusicMetadata metadata,
                                EventRecorder events, Clock clock) {
        this.tx = tx;
        this.artists = artists;
        this.releases = releases;
        this.metadata = metadata;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The release as the source knows it, made ready for the catalog; NOT_FOUND when the source does not know it,
     * CONFLICT when it lacks what a catalog release needs (a track's length).
     */
    public ReleaseImport read(Caller caller, ImportReleaseCommand command) {
        caller.require(Permission.WRITE);
        MetadataRelease source = metadata.release(command.mbid())
                .orElseThrow(() -> DomainException.notFound("MusicBrainz release", command.mbid().value()));
        return ReleaseImports.of(source);
    }

    /** Writes the release {@link #read} made ready, as a DRAFT of the caller's catalog. */
    public ReleaseDetails importRelease(Caller caller, ReleaseImport prepared) {
        caller.require(Permission.WRITE);
        Instant now = clock.now();
        return tx.inTransaction(() -> releases.ingest(caller, prepared.ingestion(),
                artist(caller, prepared, now), now));
    }

    /** The catalog's artist of the credited name, linked to the source's artist when it had no link; else added. */
    private Artist artist(Caller caller, ReleaseImport prepared, Instant now) {
        String mbid = prepared.artistId() == null ? null : prepared.artistId().value();
        Artist artist = releases.artistNamed(caller, prepared.ingestion().artistName(), mbid, now);
        if (mbid == null || artist.musicbrainzId() != null) {
            return artist;
        }
        Artist linked = artists.update(artist.rename(artist.name(), mbid, artist.spotifyId(), now));
        events.record(linked.updated(events.meta(caller.organizationId(), now, 0)));
        return linked;
    }
}
