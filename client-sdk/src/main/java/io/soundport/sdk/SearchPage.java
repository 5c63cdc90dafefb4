package io.soundport.sdk;

import java.util.List;

/**
 * One page of a list paged by offset, as MusicBrainz and Spotify page (search hits come best match first): ask for the
 * next page with an offset of {@code offset() + data().size()} while {@link #hasMore()}.
 *
 * @param data    the items of this page
 * @param total   how many items there are in all
 * @param offset  how many items come before this page
 * @param limit   the page size asked for
 * @param hasMore whether items follow this page
 * @param <T>     the kind of item
 */
public record SearchPage<T>(List<T> data, int total, int offset, int limit, boolean hasMore) {
    /**
     * Keeps the list unmodifiable.
     *
     * @param data    the items of this page
     * @param total   how many items there are in all
     * @param offset  how many items come before this page
     * @param limit   the page size asked for
     * @param hasMore whether items follow this page
     */
    public SearchPage {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
