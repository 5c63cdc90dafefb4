package io.soundport.sdk;

import java.util.List;

/**
 * One page of search hits, best match first, paged by offset (as MusicBrainz pages): ask for the next page with an
 * offset of {@code offset() + data().size()} while {@link #hasMore()}.
 *
 * @param data    the hits of this page
 * @param total   how many hits there are in all
 * @param offset  how many hits come before this page
 * @param limit   the page size asked for
 * @param hasMore whether hits follow this page
 * @param <T>     the kind of hit
 */
public record SearchPage<T>(List<T> data, int total, int offset, int limit, boolean hasMore) {
    /**
     * Keeps the list unmodifiable.
     *
     * @param data    the hits of this page
     * @param total   how many hits there are in all
     * @param offset  how many hits come before this page
     * @param limit   the page size asked for
     * @param hasMore whether hits follow this page
     */
    public SearchPage {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
