package io.soundport.application.catalog;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Territory;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Headless ingestion: a release and its tracks in one call. The artist is named by id, or by name (found or
 * created). Built with {@link #of}, which reports every invalid field at once ({@code tracks[1].isrc}).
 */
public record ReleaseDraft(String title, ArtistId artistId, String artistName, Upc upc, String label,
                           LocalDate releaseDate, String genre, List<Territory> territories, List<TrackDraft> tracks) {

    public record RawTrack(String title, String isrc, Long durationMs, Boolean explicit, Integer position) {
    }

    public static ReleaseDraft of(String title, String artistId, String artistName, String upc, String label,
                                  String releaseDate, String genre, List<String> territories, List<RawTrack> tracks) {
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
        List<TrackDraft> parsedTracks = new ArrayList<>();
        List<RawTrack> rawTracks = tracks == null ? List.of() : tracks;
        v.require(rawTracks.size() <= 500, "tracks", "at most 500 tracks per release");
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < rawTracks.size() && i < 500; i++) {
            RawTrack raw = rawTracks.get(i);
            if (raw == null) {
                v.require(false, "tracks[" + i + "]", "must not be null");
                continue;
            }
            TrackDraft draft = v.nested("tracks[" + i + "]",
                    () -> TrackDraft.of(raw.title(), raw.isrc(), raw.durationMs(), raw.explicit(), raw.position()));
            if (draft != null) {
                int position = draft.position() != null ? draft.position() : i + 1;
                v.require(positions.add(position), "tracks[" + i + "].position", "position " + position + " is used twice");
                parsedTracks.add(new TrackDraft(draft.title(), draft.isrc(), draft.durationMs(), draft.explicit(), position));
            }
        }
        v.throwIfInvalid();
        return new ReleaseDraft(t, aid, aname, u, l, date, g, terr, List.copyOf(parsedTracks));
    }

    public static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("releaseDate", "must be a date such as 2026-11-27");
        }
    }
}
