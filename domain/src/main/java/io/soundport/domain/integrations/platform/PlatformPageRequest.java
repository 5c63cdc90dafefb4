package io.soundport.domain.integrations.platform;

import io.soundport.domain.shared.Validation;

/** Which page of a list the platform pages by offset: {@code limit} 1 to {@value #MAX_LIMIT} items from {@code offset}. */
public record PlatformPageRequest(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    public static final int MAX_OFFSET = 100_000;

    public PlatformPageRequest {
        Validation v = new Validation();
        check(v, limit, offset, MAX_LIMIT, MAX_OFFSET);
        v.throwIfInvalid();
    }

    /** Records in {@code v} what is wrong with a page of {@code limit} items from {@code offset}. */
    static void check(Validation v, int limit, int offset, int maxLimit, int maxOffset) {
        v.require(limit >= 1 && limit <= maxLimit, "limit", "must be between 1 and " + maxLimit);
        v.require(offset >= 0 && offset <= maxOffset, "offset", "must be between 0 and " + maxOffset);
    }

    /** {@code limit} and {@code offset} null take the first page of {@value #DEFAULT_LIMIT}. */
    public static PlatformPageRequest of(Integer limit, Integer offset) {
        return new PlatformPageRequest(limit == null ? DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
    }

    public static PlatformPageRequest first(int limit) {
        return new PlatformPageRequest(limit, 0);
    }

    /** {@code limit} when it is between 1 and {@value #MAX_LIMIT}, else VALIDATION_ERROR on {@code limit}. */
    public static int checkedLimit(int limit) {
        return first(limit).limit();
    }
}
