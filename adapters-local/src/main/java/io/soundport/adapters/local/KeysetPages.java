package io.soundport.adapters.local;

import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Keyset pagination newest first, by (createdAt desc, id desc), as the SQL adapters do it. */
final class KeysetPages {
    static final Comparator<Cursor> NEWEST_FIRST =
            Comparator.comparing(Cursor::createdAt).thenComparing(Cursor::id).reversed();

    private KeysetPages() {
    }

    static <T> Page<T> page(Stream<T> items, Function<T, Cursor> keyOf, PageRequest request) {
        Cursor after = request.after();
        List<T> fetched = items
                .filter(item -> after == null || NEWEST_FIRST.compare(keyOf.apply(item), after) > 0)
                .sorted(Comparator.comparing(keyOf, NEWEST_FIRST))
                .limit(request.limit() + 1L)
                .toList();
        return Page.fromOverfetch(fetched, request.limit(), keyOf);
    }
}
