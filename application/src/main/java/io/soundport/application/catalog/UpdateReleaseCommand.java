package io.soundport.application.catalog;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.Validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A partial change of a DRAFT release: every null field is kept as it is. Carries the version the caller last saw
 * ({@code expectedVersion}, null to skip the check). Build it with {@link #of}, which checks every field.
 */
public record UpdateReleaseCommand(ReleaseId id, String title, ArtistId artistId, Upc upc, String label,
                                   LocalDate releaseDate, String genre, List<Territory> territories,
                                   Long expectedVersion) {
    public UpdateReleaseCommand {
        Objects.requireNonNull(id, "id");
        title = title == null ? null : Validation.requireText(title, "title", 300);
        label = label == null ? null : Validation.requireText(label, "label", 200);
        genre = genre == null ? null : Validation.requireText(genre, "genre", 100);
        territories = territories == null ? null : List.copyOf(territories);
    }

    public static UpdateReleaseCommand of(ReleaseId id, String title, String artistId, String upc, String label,
                                          String releaseDate, String genre, List<String> territories,
                                          Long expectedVersion) {
        Validation v = new Validation();
        String t = title == null ? null : v.field("title", () -> Validation.requireText(title, "title", 300));
        ArtistId a = artistId == null ? null : v.field("artistId", () -> ArtistId.of(artistId));
        Upc u = upc == null ? null : v.field("upc", () -> Upc.of(upc));
        String l = label == null ? null : v.field("label", () -> Validation.requireText(label, "label", 200));
        LocalDate d = releaseDate == null ? null
                : v.field("releaseDate", () -> IngestReleaseCommand.parseDate(releaseDate));
        String g = genre == null ? null : v.field("genre", () -> Validation.requireText(genre, "genre", 100));
        List<Territory> terr = territories == null ? null
                : v.field("territories", () -> Territory.allOf(territories));
        v.throwIfInvalid();
        return new UpdateReleaseCommand(id, t, a, u, l, d, g, terr, expectedVersion);
    }
}
