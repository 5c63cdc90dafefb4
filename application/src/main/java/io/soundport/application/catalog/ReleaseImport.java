package io.soundport.application.catalog;

import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.catalog.metadata.MetadataRelease;

import java.util.Objects;

/**
 * A release read from the metadata source and made ready for the catalog: the ingestion it becomes, and the source's
 * id of the artist it is credited to (linked to the catalog's artist of that name). Made by
 * {@link ReleaseImportService#read}, outside any unit of work; carried out by {@link ReleaseImportService#importRelease}.
 */
public record ReleaseImport(MetadataRelease source, IngestReleaseCommand ingestion, Mbid artistId) {
    public ReleaseImport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ingestion, "ingestion");
    }
}
