package io.soundport.application.catalog;

import io.soundport.application.shared.Change;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.CopyrightLine;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.Validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A partial change of a DRAFT release: a null title, artist or territory list is kept; the optional fields (UPC,
 * label, release date, genre) are each kept, cleared or set ({@link Change}). The artist is given by id or by name
 * (found in the catalog, or created), never both. Carries the version the caller last saw ({@code expectedVersion},
 * null to skip the check). The ℗ and © lines ({@code pLine}, {@code cLine}) are kept or set. Build it with
 * {@link #of}, which checks every field.
 */
public record UpdateReleaseCommand(ReleaseId id, String title, ArtistId artistId, String artistName,
                                   Change<Upc> upc, Change<String> label, Change<LocalDate> releaseDate,
                                   Change<String> genre, List<Territory> territories, Long expectedVersion,
                                   Change<CopyrightLine> pLine, Change<CopyrightLine> cLine) {
    public UpdateReleaseCommand {
        Objects.requireNonNull(id, "id");
        title = title == null ? null : Validation.requireText(title, "title", 300);
        artistName = Validation.optionalText(artistName, "artistName", 300);
        if (artistId != null && artistName != null) {
            throw DomainException.invalid("artistName", "give artistId or artistName, not both");
        }
        upc = Objects.requireNonNull(upc, "upc");
        label = Objects.requireNonNull(label, "label");
        releaseDate = Objects.requireNonNull(releaseDate, "releaseDate");
        genre = Objects.requireNonNull(genre, "genre");
        territories = territories == null ? null : List.copyOf(territories);
        pLine = pLine == null ? Change.keep() : pLine;
        cLine = cLine == null ? Change.keep() : cLine;
    }

    /** A change that keeps the ℗ and © lines. */
    public UpdateReleaseCommand(ReleaseId id, String title, ArtistId artistId, String artistName, Change<Upc> upc,
                                Change<String> label, Change<LocalDate> releaseDate, Change<String> genre,
                                List<Territory> territories, Long expectedVersion) {
        this(id, title, artistId, artistName, upc, label, releaseDate, genre, territories, expectedVersion,
                Change.keep(), Change.keep());
    }

    /** A ℗ or © line as sent: its year and owner, either possibly missing. */
    public record RawLine(Integer year, String owner) {
        CopyrightLine parse() {
            Validation v = new Validation();
            v.require(year != null, "year", "is required");
            String o = v.field("owner", () -> Validation.requireText(owner, "owner", 200));
            v.throwIfInvalid();
            return new CopyrightLine(year, o);
        }
    }

    /** As {@link #of(ReleaseId, String, String, String, String, String, String, String, List, Long)}, with lines. */
    public static UpdateReleaseCommand of(ReleaseId id, String title, String artistId, String artistName, String upc,
                                          String label, String releaseDate, String genre, List<String> territories,
                                          Long expectedVersion, RawLine pLine, RawLine cLine) {
        Validation v = new Validation();
        CopyrightLine p = pLine == null ? null : v.nested("pLine", pLine::parse);
        CopyrightLine c = cLine == null ? null : v.nested("cLine", cLine::parse);
        UpdateReleaseCommand rest;
        try {
            rest = of(id, title, artistId, artistName, upc, label, releaseDate, genre, territories, expectedVersion);
        } catch (DomainException e) {
            if (e.code() != io.soundport.domain.shared.ErrorCode.VALIDATION_ERROR) {
                throw e;
            }
            e.details().forEach(d -> v.require(false, d.field(), d.message()));
            rest = null;
        }
        v.throwIfInvalid();
        return new UpdateReleaseCommand(rest.id(), rest.title(), rest.artistId(), rest.artistName(), rest.upc(),
                rest.label(), rest.releaseDate(), rest.genre(), rest.territories(), rest.expectedVersion(),
                p == null ? Change.keep() : Change.to(p), c == null ? Change.keep() : Change.to(c));
    }

    /** Every field as sent: null keeps it; {@code ""} clears the UPC, label, release date or genre. */
    public static UpdateReleaseCommand of(ReleaseId id, String title, String artistId, String artistName, String upc,
                                          String label, String releaseDate, String genre, List<String> territories,
                                          Long expectedVersion) {
        Validation v = new Validation();
        String t = title == null ? null : v.field("title", () -> Validation.requireText(title, "title", 300));
        ArtistId a = artistId == null ? null : v.field("artistId", () -> ArtistId.of(artistId));
        String an = artistName == null ? null
                : v.field("artistName", () -> Validation.requireText(artistName, "artistName", 300));
        v.require(artistId == null || artistName == null, "artistName", "give artistId or artistName, not both");
        Change<Upc> u = v.field("upc", () -> Change.parse(upc, Upc::of));
        Change<String> l = v.field("label", () -> Change.parse(label, s -> Validation.requireText(s, "label", 200)));
        Change<LocalDate> d = v.field("releaseDate", () -> Change.parse(releaseDate, IngestReleaseCommand::parseDate));
        Change<String> g = v.field("genre", () -> Change.parse(genre, s -> Validation.requireText(s, "genre", 100)));
        List<Territory> terr = territories == null ? null
                : v.field("territories", () -> Territory.allOf(territories));
        v.throwIfInvalid();
        return new UpdateReleaseCommand(id, t, a, an, u, l, d, g, terr, expectedVersion);
    }
}
