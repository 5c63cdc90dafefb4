package io.soundport.sdk.param;

import java.util.Locale;
import java.util.Set;

/** What the server refuses in Spotify's params whatever else is asked, checked before anything is sent. */
final class SpotifyBounds {
    /** The most items Spotify answers in one page. */
    static final int MAX_LIMIT = 50;
    /** The furthest a search pages. */
    static final int MAX_SEARCH_OFFSET = 1_000;
    /** The furthest the account's lists page. */
    static final int MAX_PAGE_OFFSET = 100_000;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private SpotifyBounds() {
    }

    static void check(Integer limit, Integer offset, int maxOffset) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (offset != null && (offset < 0 || offset > maxOffset)) {
            throw new IllegalArgumentException("offset must be between 0 and " + maxOffset + ", was " + offset);
        }
    }

    /** The market in capitals, or null for none (null or blank). */
    static String market(String market) {
        if (market == null || market.isBlank()) {
            return null;
        }
        String code = market.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new IllegalArgumentException("market must be an ISO 3166-1 alpha-2 country code such as SE, was "
                    + market);
        }
        return code;
    }
}
