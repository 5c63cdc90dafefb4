package io.soundport.domain.catalog.metadata;

import java.util.Objects;

/**
 * An artist as the metadata source knows it. {@code type} is the source's (Person, Group, Orchestra...),
 * {@code country} an ISO 3166-1 code where known, the dates partial ISO dates ({@code 1941}, {@code 1941-05},
 * {@code 1941-05-24}); {@code score} (0-100) is how well a search hit matched, null for a lookup. Any field but the
 * id and name may be null.
 */
public record MetadataArtist(Mbid id, String name, String sortName, String type, String country,
                             String disambiguation, String beginDate, String endDate, Integer score) {
    public MetadataArtist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
