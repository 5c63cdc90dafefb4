package io.soundport.application.catalog;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.EventRecorder;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackFilter;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds tracks an outside platform knows (a user's Spotify top or saved tracks) to the catalog, on their own, once per
 * ISRC: {@link #isrcsOf} reads what the catalog has, {@link #add} adds the others with their artists (found by name,
 * the platform's id linked when they had none, or added), raising {@code track.created} (and {@code artist.created}
 * or {@code artist.updated}) as a person adding them would. Meant to run inside the caller's unit of work.
 */
public final class TrackImports {
    private static final int READ_PAGE = PageRequest.MAX_LIMIT;

    private final Tracks tracks;
    private final Artists artists;
    private final EventRecorder events;
    private final AuditRecorder audit;
    private final IdGenerator ids;
    private final Clock clock;

    public TrackImports(Tracks tracks, Artists artists, EventRecorder events, AuditRecorder audit, IdGenerator ids,
                        Clock clock) {
        this.tracks = tracks;
        this.artists = artists;
        this.events = events;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** The ISRCs of the caller's catalog, read once so that an import checks each track without a query. */
    public Set<Isrc> isrcsOf(Caller caller) {
        caller.require(Permission.READ);
        Set<Isrc> isrcs = new HashSet<>();
        Page<Track> page = tracks.list(caller.organizationId(), TrackFilter.ALL, PageRequest.first(READ_PAGE));
        while (true) {
            page.items().stream().map(Track::isrc).filter(isrc -> isrc != null).forEach(isrcs::add);
            if (!page.hasMore()) {
                return isrcs;
            }
            page = tracks.list(caller.organizationId(), TrackFilter.ALL, new PageRequest(READ_PAGE, page.next()));
        }
    }

    /**
     * Adds each track whose ISRC is not in {@code known} (which then has it) and answers how many were added; the
     * others are left alone.
     */
    public int add(Caller caller, List<ImportedTrack> found, Set<Isrc> known) {
        caller.require(Permission.WRITE);
        Instant now = clock.now();
        Map<String, ArtistId> artistsByName = new HashMap<>();
        int added = 0;
        for (ImportedTrack imported : found) {
            if (!known.add(imported.isrc())) {
                continue;
            }
            ArtistId artist = artistsByName.computeIfAbsent(imported.artistName(),
                    name -> artistOf(caller, imported, now).id());
            Track track = new Track(TrackId.generate(ids), caller.organizationId(), null, artist,
                    title(imported.title()), imported.isrc(), Track.checkDuration(imported.durationMs()),
                    imported.explicit(), null, now, now, 1);
            tracks.add(track);
            events.record(track.created(events.meta(caller.organizationId(), now, 0)));
            audit.record(caller, "track.created", track.id().value());
            added++;
        }
        return added;
    }

    /** The catalog's artist of the name, linked to the platform's id when it had none; else added with it. */
    private Artist artistOf(Caller caller, ImportedTrack imported, Instant now) {
        Artist candidate = new Artist(ArtistId.generate(ids), caller.organizationId(), imported.artistName(), null,
                imported.artistSpotifyId(), now, now, 1);
        Artist artist = artists.findByNameOrAdd(candidate);
        if (artist.id().equals(candidate.id())) {
            events.record(artist.created(events.meta(caller.organizationId(), now, 0)));
            return artist;
        }
        if (artist.spotifyId() != null || imported.artistSpotifyId() == null) {
            return artist;
        }
        Artist linked = artists.update(artist.rename(artist.name(), artist.musicbrainzId(),
                imported.artistSpotifyId(), now));
        events.record(linked.updated(events.meta(caller.organizationId(), now, 0)));
        return linked;
    }

    private static String title(String title) {
        String stripped = title.strip();
        return stripped.length() <= CreateTrackCommand.MAX_TITLE ? stripped
                : stripped.substring(0, CreateTrackCommand.MAX_TITLE);
    }
}
