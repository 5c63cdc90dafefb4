package io.soundport.sdk;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list, newest first, and the way to the next ones. {@link #autoPagingIterable()} and
 * {@link #autoPagingStream()} go through every item from this page on, fetching a further page only when the items
 * before it have been consumed.
 *
 * @param <T> the type of the items
 */
public final class Page<T> {
    private final List<T> data;
    private final boolean hasMore;
    private final String nextCursor;
    private final Function<String, Page<T>> fetch;

    Page(List<T> data, boolean hasMore, String nextCursor, Function<String, Page<T>> fetch) {
        this.data = List.copyOf(data);
        this.hasMore = hasMore && nextCursor != null;
        this.nextCursor = nextCursor;
        this.fetch = fetch;
    }

    /**
     * The items of this page.
     *
     * @return the items, never null
     */
    public List<T> data() {
        return data;
    }

    /**
     * Whether there are items after this page.
     *
     * @return true when {@link #nextPage()} has more
     */
    public boolean hasMore() {
        return hasMore;
    }

    /**
     * The cursor of the next page, for a {@code cursor(..)} param.
     *
     * @return the cursor, or null on the last page
     */
    public String nextCursor() {
        return hasMore ? nextCursor : null;
    }

    /**
     * Fetches the next page, with the same filters, limit and request options.
     *
     * @return the next page
     * @throws NoSuchElementException on the last page
     */
    public Page<T> nextPage() {
        if (!hasMore) {
            throw new NoSuchElementException("this is the last page");
        }
        return fetch.apply(nextCursor);
    }

    /**
     * Every item from this page on, fetching further pages lazily as the iteration reaches them.
     *
     * @return an iterable that may be iterated more than once (each time from this page)
     */
    public Iterable<T> autoPagingIterable() {
        return AutoPager::new;
    }

    /**
     * Every item from this page on, as a sequential stream that fetches further pages lazily.
     *
     * @return a stream of the items
     */
    public Stream<T> autoPagingStream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new AutoPager(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public String toString() {
        return "Page[" + data.size() + " items, hasMore=" + hasMore + "]";
    }

    private final class AutoPager implements Iterator<T> {
        private Page<T> page = Page.this;
        private Iterator<T> items = data.iterator();

        @Override
        public boolean hasNext() {
            while (!items.hasNext() && page.hasMore) {
                page = page.nextPage();
                items = page.data.iterator();
            }
            return items.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return items.next();
        }
    }
}
