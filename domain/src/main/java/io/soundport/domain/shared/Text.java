package io.soundport.domain.shared;

import java.util.Locale;

/** Text comparisons the filters of every backend's in-memory side agree on. */
public final class Text {
    private Text() {
    }

    /** Whether {@code haystack} contains {@code needle}, ignoring case (in the root locale). */
    public static boolean containsIgnoreCase(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
