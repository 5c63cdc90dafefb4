package io.soundport.domain.catalog;

import java.util.Locale;

final class Text {
    private Text() {
    }

    static boolean containsIgnoreCase(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
