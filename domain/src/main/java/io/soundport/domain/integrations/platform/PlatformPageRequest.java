package io.soundport.domain.integrations.platform;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.FieldError;

import java.util.ArrayList;
import java.util.List;

/** Which page of a list the platform pages by offset: {@code limit} 1 to {@value #MAX_LIMIT} items from {@code offset}. */
public record PlatformPageRequest(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    public static final int MAX_OFFSET = 100_000;

    public PlatformPageRequest {
        List<FieldError> errors = new ArrayList<>();
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            errors.add(new FieldError("offset", "must be between 0 and " + MAX_OFFSET));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
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
