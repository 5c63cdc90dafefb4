package io.soundport.application.catalog;

import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.StoredText;

import java.util.Objects;

/** A page of the caller's artists, newest first; {@code nameContains} (case-insensitive) is null for all. */
public record ListArtistsQuery(String nameContains, PageRequest page) {
    public ListArtistsQuery {
        nameContains = searchText(nameContains, "nameContains");
        Objects.requireNonNull(page, "page");
    }

    /** From the raw filter and paging values, each of which may be null. */
    public static ListArtistsQuery of(String nameContains, Integer limit, String cursor) {
        return new ListArtistsQuery(nameContains, PageRequest.of(limit, cursor));
    }

    /** A text to search for, trimmed; null when blank. Only characters that stored text may hold can match. */
    static String searchText(String value, String field) {
        return value == null || value.isBlank() ? null : StoredText.check(value.strip(), field, false);
    }
}
