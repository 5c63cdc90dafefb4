package io.soundport.domain.integrations;

import io.soundport.domain.shared.DomainException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An outside platform a user connects their account of, with OAuth. */
public enum Provider {
    SPOTIFY,
    META;

    /** The name in paths and JSON: {@code spotify}, {@code meta}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The provider of this slug (any case); VALIDATION_ERROR on {@code provider} naming the known ones. */
    public static Provider of(String slug) {
        if (slug != null) {
            for (Provider provider : values()) {
                if (provider.slug().equalsIgnoreCase(slug.strip())) {
                    return provider;
                }
            }
        }
        throw DomainException.invalid("provider", "must be one of " + Arrays.stream(values()).map(Provider::slug)
                .collect(Collectors.joining(", ")));
    }
}
