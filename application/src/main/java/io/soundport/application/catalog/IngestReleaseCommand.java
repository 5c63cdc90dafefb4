package io.soundport.application.catalog;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.Validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Headless ingestion: a release and its tracks in one call. The artist is named by id, or by name (found or
 * created). Build it with {@link #of}, which reports every invalid field at once ({@code tracks[1].isrc}).
 */
public record IngestReleaseCommand(String title, ArtistId artistId, String artistName, Upc upc, String label,
                                   LocalDate releaseDate, String genre, List<Territory> territories,
                                   List<NewTrack> tracks) {
    public static final int MAX_TRACKS = 500;

    /** A track as the caller sends it, before any check. */
    public record RawTrack(String title, String isrc, Long durationMs, Boolean explicit, Integer position) {
    }

    /** A checked track of the release; its position is its place in the list unless the caller gave one. */
    public record NewTrack(String title, Isrc isrc, long durationMs, boolean explicit, int position) {
        public NewTrack {
            title = Validation.requireText(title, "title", CreateTrackCommand.MAX_TITLE);
            Track.checkDuration(durationMs);
            Track.checkPosition(position);
        }
    }

    public IngestReleaseCommand {
        title = Validation.requireText(title, "title", 300);
        artistName = Validation.optionalText(artistName, "artistName", 300);
        if (artistId == null && artistName == null) {
            throw DomainException.invalid("artistId", "give artistId or artistName");
        }
        label = Validation.optionalText(label, "label", 200);
        genre = Validation.optionalText(genre, "genre", 100);
        territories = territories == null ? List.of() : List.copyOf(territories);
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        if (tracks.size() > MAX_TRACKS) {
            throw DomainException.invalid("tracks", "at most " + MAX_TRACKS + " tracks per release");
        }
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < tracks.size(); i++) {
            int position = tracks.get(i).position();
            if (!positions.add(position)) {
                throw DomainException.invalid("tracks[" + i + "].position", "position " + position + " is used twice");
            }
        }
    }

    public static IngestReleaseCommand of(String title, String artistId, String artistName, String upc, String label,
                                          String releaseDate, String genre, List<String> territories,
                                          List<RawTrack> tracks) {
        Validation v = new Validation();
        String t = v.field("title", () -> Validation.requireText(title, "title", 300));
        ArtistId aid = artistId == null || artistId.isBlank() ? null : v.field("artistId", () -> ArtistId.of(artistId));
        String aname = v.field("artistName", () -> Validation.optionalText(artistName, "artistName", 300));
        if ((artistId == null || artistId.isBlank()) && aname == null) {
            v.require(false, "artistId", "give artistId or artistName");
        }
        Upc u = upc == null || upc.isBlank() ? null : v.field("upc", () -> Upc.of(upc));
        String l = v.field("label", () -> Validation.optionalText(label, "label", 200));
        LocalDate date = releaseDate == null || releaseDate.isBlank() ? null
                : v.field("releaseDate", () -> parseDate(releaseDate));
        String g = v.field("genre", () -> Validation.optionalText(genre, "genre", 100));
        List<Territory> terr = territories == null ? List.of() : v.field("territories", () -> Territory.allOf(territories));
        List<NewTrack> parsedTracks = new ArrayList<>();
        List<RawTrack> rawTracks = tracks == null ? List.of() : tracks;
        v.require(rawTracks.size() <= MAX_TRACKS, "tracks", "at most " + MAX_TRACKS + " tracks per release");
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < rawTracks.size() && i < MAX_TRACKS; i++) {
            RawTrack raw = rawTracks.get(i);
            if (raw == null) {
                v.require(false, "tracks[" + i + "]", "must not be null");
                continue;
            }
            // each track is checked as a track on its own would be
            CreateTrackCommand track = v.nested("tracks[" + i + "]", () -> CreateTrackCommand.of(raw.title(),
                    raw.isrc(), raw.durationMs(), raw.explicit(), raw.position(), null, null));
            if (track != null) {
                int position = track.position() != null ? track.position() : i + 1;
                v.require(positions.add(position), "tracks[" + i + "].position", "position " + position + " is used twice");
                parsedTracks.add(new NewTrack(track.title(), track.isrc(), track.durationMs(), track.explicit(), position));
            }
        }
        v.throwIfInvalid();
        return new IngestReleaseCommand(t, aid, aname, u, l, date, g, terr, parsedTracks);
    }

    static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("releaseDate", "must be a date such as 2026-11-27");
        }
    }
}
