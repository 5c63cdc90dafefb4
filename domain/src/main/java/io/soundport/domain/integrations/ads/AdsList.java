package io.soundport.domain.integrations.ads;

import java.util.List;

/**
 * A whole Meta list read page after page, or as much of it as {@link AdsPlatform#MAX_PAGES} pages held:
 * {@code truncated} says that more was left unread.
 */
public record AdsList<T>(List<T> items, boolean truncated) {
    public AdsList {
        items = List.copyOf(items);
    }
}
