package io.soundport.domain.catalog.metadata;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * A search of the metadata source: its query in the source's own search syntax (MusicBrainz takes Lucene
 * syntax: {@code artist:"Giant Sand" AND release:Tucson}), and which page of the hits.
 */
public record MetadataSearch(String query, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    /** MusicBrainz pages no further than this. */
    public static final int MAX_OFFSET = 10_000;
    private static final int MAX_QUERY = 500;

    public MetadataSearch {
        List<FieldError> errors = new ArrayList<>();
        if (query == null || query.isBlank()) {
            errors.add(new FieldError("query", "must not be blank"));
        } else {
            query = query.strip();
            if (query.length() > MAX_QUERY) {
                errors.add(new FieldError("query", "must be at most " + MAX_QUERY + " characters"));
            } else if (query.chars().anyMatch(Character::isISOControl)) {
                errors.add(new FieldError("query", "must not hold control characters"));
            }
        }
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

    /** A search with the default page size from the first hit; {@code limit} or {@code offset} null take those. */
    public static MetadataSearch of(String query, Integer limit, Integer offset) {
        return new MetadataSearch(query, limit == null ? DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
    }
}
