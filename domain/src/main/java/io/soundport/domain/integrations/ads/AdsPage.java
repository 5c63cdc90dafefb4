package io.soundport.domain.integrations.ads;

import java.util.List;

/** A page of a Meta list, and the cursor of the next page (null on the last one). */
public record AdsPage<T>(List<T> items, String nextCursor) {
    public AdsPage {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return nextCursor != null;
    }
}
