package io.soundport.domain.shared;

import java.util.List;
import java.util.function.Function;

/** A page of a list, newest first, with the cursor of the next page when there is one. */
public record Page<T>(List<T> items, Cursor next) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return next != null;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }

    /**
     * Cuts a list fetched with one item more than the limit into a page: the extra item only says there is more.
     */
    public static <T> Page<T> fromOverfetch(List<T> fetched, int limit, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
    }
}
