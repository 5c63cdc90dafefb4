package io.soundport.domain.analytics;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The store or service a stream happened on ({@code spotify}, {@code apple_music}, {@code youtube_music}): a
 * lower-case name of letters, digits, {@code _}, {@code -} and {@code .}, 1 to 64 characters. Spaces become
 * {@code _} and letters are lowered, so that {@code "Apple Music"} from a report and {@code apple_music} from an
 * event are the same store.
 */
public record Store(String name) {
    private static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9_.-]{0,63}$");

    public Store {
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("partner", "must not be blank");
        }
        String normal = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
        if (!NAME.matcher(normal).matches()) {
            throw DomainException.invalid("partner", "must be a store name of letters, digits, '_', '-' or '.' "
                    + "(at most 64), such as spotify or apple_music");
        }
        name = normal;
    }

    public static Store of(String name) {
        return new Store(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
