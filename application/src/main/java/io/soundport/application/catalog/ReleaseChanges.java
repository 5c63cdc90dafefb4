package io.soundport.application.catalog;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Territory;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.shared.Validation;

import java.time.LocalDate;
import java.util.List;

/** A partial change of a DRAFT release: every null field is kept as it is. */
public record ReleaseChanges(String title, ArtistId artistId, Upc upc, String label, LocalDate releaseDate,
                             String genre, List<Territory> territories) {
    public static ReleaseChanges of(String title, String artistId, String upc, String label, String releaseDate,
                                    String genre, List<String> territories) {
        Validation v = new Validation();
        String t = title == null ? null : v.field("title", () -> Validation.requireText(title, "title", 300));
        ArtistId a = artistId == null ? null : v.field("artistId", () -> ArtistId.of(artistId));
        Upc u = upc == null ? null : v.field("upc", () -> Upc.of(upc));
        String l = label == null ? null : v.field("label", () -> Validation.requireText(label, "label", 200));
        LocalDate d = releaseDate == null ? null : v.field("releaseDate", () -> ReleaseDraft.parseDate(releaseDate));
        String g = genre == null ? null : v.field("genre", () -> Validation.requireText(genre, "genre", 100));
        List<Territory> terr = territories == null ? null
                : v.field("territories", () -> Territory.allOf(territories));
        v.throwIfInvalid();
        return new ReleaseChanges(t, a, u, l, d, g, terr);
    }
}
