package io.soundport.adapters.rest.http;

import io.micronaut.core.annotation.Nullable;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"data":[...],"has_more":true,"next_cursor":"..."}}. */
public record ListResponse<T>(List<T> data, boolean hasMore, @Nullable String nextCursor) {
    public static <D, T> ListResponse<T> of(Page<D> page, Function<D, T> view) {
        Cursor next = page.next();
        return new ListResponse<>(page.items().stream().map(view).toList(), page.hasMore(),
                next == null ? null : next.encode());
    }
}
