package io.soundport.domain.catalog.metadata;

import java.util.List;
import java.util.Objects;

/**
 * One artist named on a release, track or recording, as credited there ({@code name} may differ from the artist's
 * own name), with the text that joins it to the next credit ({@code " feat. "}, {@code " & "}; empty for the last).
 */
public record ArtistCredit(Mbid artistId, String name, String joinPhrase) {
    public ArtistCredit {
        Objects.requireNonNull(name, "name");
        joinPhrase = joinPhrase == null ? "" : joinPhrase;
    }

    /** The credits as one line, the way they are printed: {@code "Calexico & Iron & Wine"}. */
    public static String line(List<ArtistCredit> credits) {
        StringBuilder line = new StringBuilder();
        credits.forEach(credit -> line.append(credit.name()).append(credit.joinPhrase()));
        return line.toString().strip();
    }
}
