package io.soundport.application.catalog;

import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.shared.DomainException;

import java.util.Objects;

/** Import the release that the metadata source knows by this id into the catalog, as a DRAFT. */
public record ImportReleaseCommand(Mbid mbid) {
    public ImportReleaseCommand {
        Objects.requireNonNull(mbid, "mbid");
    }

    public static ImportReleaseCommand of(String mbid) {
        if (mbid == null || mbid.isBlank()) {
            throw DomainException.invalid("mbid", "is required");
        }
        return new ImportReleaseCommand(Mbid.of(mbid));
    }
}
