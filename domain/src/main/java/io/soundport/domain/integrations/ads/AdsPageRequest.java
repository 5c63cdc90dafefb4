package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.Validation;

/**
 * Which page of a Meta list: {@code limit} 1 to {@value #MAX_LIMIT} items after {@code cursor} (Meta's opaque
 * {@code after} cursor of the page before; null for the first page).
 */
public record AdsPageRequest(int limit, String cursor) {
    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    private static final int MAX_CURSOR = 512;

    public AdsPageRequest {
        Validation v = new Validation();
        v.require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT);
        if (cursor != null) {
            cursor = cursor.strip();
            v.require(!cursor.isEmpty() && cursor.length() <= MAX_CURSOR
                            && cursor.chars().allMatch(c -> c > 0x20 && c < 0x7f),
                    "cursor", "must be the next_cursor of an earlier page");
        }
        v.throwIfInvalid();
    }

    public static AdsPageRequest of(Integer limit, String cursor) {
        return new AdsPageRequest(limit == null ? DEFAULT_LIMIT : limit,
                cursor == null || cursor.isBlank() ? null : cursor);
    }
}
