package io.soundport.domain.integrations.platform;

import java.util.List;

/**
 * One page of a list the platform pages by offset: how many items there are in all, where this page starts, the
 * most it could hold, and its items.
 */
public record PlatformPage<T>(int total, int offset, int limit, List<T> items) {
    public PlatformPage {
        items = List.copyOf(items);
    }

    /** Whether items follow this page. */
    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
