package io.soundport.contracts;

import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Walks a paginated list by its cursors. */
final class Paging {
    private static final int MAX_PAGES = 10_000;

    private Paging() {
    }

    /** Every item of every page, in order; checks that no page is longer than asked. */
    static <T> List<T> walk(int limit, Function<PageRequest, Page<T>> fetch) {
        return walkUntil(limit, fetch, items -> false);
    }

    /** Pages until {@code enough} holds for what was read, or the list ends. */
    static <T> List<T> walkUntil(int limit, Function<PageRequest, Page<T>> fetch, Predicate<List<T>> enough) {
        List<T> all = new ArrayList<>();
        Cursor after = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Page<T> page = fetch.apply(new PageRequest(limit, after));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            all.addAll(page.items());
            if (!page.hasMore() || enough.test(all)) {
                return all;
            }
            after = page.next();
        }
        return fail("the list did not end after " + MAX_PAGES + " pages");
    }
}
