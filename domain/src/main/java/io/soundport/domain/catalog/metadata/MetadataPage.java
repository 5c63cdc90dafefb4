package io.soundport.domain.catalog.metadata;

import java.util.List;

/** One page of a search's hits, best first: how many hits there are in all, where this page starts, its hits. */
public record MetadataPage<T>(int total, int offset, List<T> items) {
    public MetadataPage {
        items = List.copyOf(items);
    }
}
