package io.soundport.application.catalog;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.metadata.Mbid;

import java.util.Objects;

/** Store the front cover the cover archive keeps for {@code source} as the artwork of the catalog's {@code release}. */
public record ImportCoverCommand(ReleaseId release, Mbid source) {
    public ImportCoverCommand {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(source, "source");
    }
}
