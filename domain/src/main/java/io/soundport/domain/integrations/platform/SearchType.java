package io.soundport.domain.integrations.platform;

import io.soundport.domain.shared.DomainException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a search looks for. */
public enum SearchType {
    TRACK,
    ARTIST,
    ALBUM;

    /** The name in requests: {@code track}, {@code artist}, {@code album}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of this name (any case); VALIDATION_ERROR on {@code types} naming the known ones. */
    public static SearchType of(String slug) {
        if (slug != null) {
            for (SearchType type : values()) {
                if (type.slug().equalsIgnoreCase(slug.strip())) {
                    return type;
                }
            }
        }
        throw DomainException.invalid("types", "'" + slug + "' is not one of "
                + Arrays.stream(values()).map(SearchType::slug).collect(Collectors.joining(", ")));
    }
}
