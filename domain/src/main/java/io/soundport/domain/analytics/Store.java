package io.soundport.domain.analytics;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The store or service a stream happened on ({@code spotify}, {@code apple_music}, {@code youtube_music}): a
 * lower-case name of letters, digits, {@code _}, {@code -} and {@code .}, 1 to 64 characters. Letters are lowered
 * and every run of other characters becomes one {@code _} (none at either end), so that {@code "Apple Music"} from a
 * report and {@code apple_music} from an event are the same store, and {@code "YouTube (Ads)"} is
 * {@code youtube_ads}.
 */
public record Store(String name) {
    private static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9_.-]{0,63}$");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9_.-]+");
    private static final Pattern EDGES = Pattern.compile("^[_.-]+|[_.-]+$");

    public Store {
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("partner", "must not be blank");
        }
        String normal = OTHER.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
        normal = EDGES.matcher(normal).replaceAll("");
        if (!NAME.matcher(normal).matches()) {
            throw DomainException.invalid("partner", "must be a store name of at most 64 letters, digits, '_', '-' or "
                    + "'.', such as spotify or apple_music");
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
