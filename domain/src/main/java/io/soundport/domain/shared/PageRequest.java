package io.soundport.domain.shared;

/** One page of a list: how many items, and the opaque cursor the previous page handed out (null for the first). */
public record PageRequest(int limit, Cursor after) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    /** Parses the query parameters of a list call; both may be null. */
    public static PageRequest of(Integer limit, String cursor) {
        Validation v = new Validation();
        Integer size = v.field("limit", () -> limit == null ? DEFAULT_LIMIT : checkLimit(limit));
        Cursor after = v.field("cursor", () -> cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor));
        v.throwIfInvalid();
        return new PageRequest(size, after);
    }

    private static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
