package io.soundport.domain.integrations.platform;

import io.soundport.domain.shared.Validation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A search of the platform's catalog: the words (in the platform's own syntax: Spotify takes filters such as
 * {@code artist:Muse year:2006}), the types of items to find (a page of each), which page ({@code limit} 1 to
 * {@value #MAX_LIMIT}, {@code offset} 0 to {@value #MAX_OFFSET}), and the market to limit the hits to (null: the
 * account's country).
 */
public record PlatformSearch(String query, Set<SearchType> types, int limit, int offset, Market market) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    /** Spotify pages no further than this. */
    public static final int MAX_OFFSET = 1_000;
    private static final int MAX_QUERY = 500;

    public PlatformSearch {
        Validation v = new Validation();
        String words = query;
        query = v.field("query", () -> Validation.requireText(words, "query", MAX_QUERY));
        if (types == null || types.isEmpty()) {
            v.require(false, "types", "must name at least one of track, artist, album");
        } else {
            types = Set.copyOf(EnumSet.copyOf(types));
        }
        PlatformPageRequest.check(v, limit, offset, MAX_LIMIT, MAX_OFFSET);
        v.throwIfInvalid();
    }

    /**
     * A search from the values of a request: {@code types} comma-separated ({@code track,artist}), {@code limit} and
     * {@code offset} null for the first page of {@value #DEFAULT_LIMIT}, {@code market} null or blank for none. Every
     * field at fault is named at once.
     */
    public static PlatformSearch of(String query, String types, Integer limit, Integer offset, String market) {
        Validation v = new Validation();
        Set<SearchType> asked = v.field("types", () -> types == null || types.isBlank() ? Set.of()
                : Set.copyOf(Arrays.stream(types.split(",")).map(SearchType::of).toList()));
        Market in = v.field("market", () -> Market.ofNullable(market));
        int size = limit == null ? DEFAULT_LIMIT : limit;
        int from = offset == null ? 0 : offset;
        if (v.hasErrors()) {
            v.nested("", () -> new PlatformSearch(query, Set.of(SearchType.TRACK), size, from, null));
            v.throwIfInvalid();
        }
        return new PlatformSearch(query, asked, size, from, in);
    }

    public boolean asks(SearchType type) {
        return types.contains(type);
    }
}
