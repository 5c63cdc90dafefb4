package io.soundport.domain.shared;

/** Checks for the opaque ids the API hands out ({@code rel_01J...}); anything else cannot name a resource. */
public final class Ids {
    private Ids() {
    }

    public static String check(String value, String prefix) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("id", "must not be blank");
        }
        if (!wellFormed(value, prefix)) {
            throw DomainException.invalid("id", "is not a valid " + prefix + " id");
        }
        return value;
    }

    /** True when the string could be an id of this kind; used to answer 404 instead of 400 for path ids. */
    public static boolean looksLike(String value, String prefix) {
        return value != null && wellFormed(value, prefix);
    }

    /**
     * The prefix, an underscore, then ASCII letters, digits and underscores, 64 characters at most. A plain loop:
     * every id read from a store or a path passes here, several per row of a list.
     */
    private static boolean wellFormed(String value, String prefix) {
        int length = value.length();
        int body = prefix.length() + 1;
        if (length > 64 || length < body || !value.startsWith(prefix) || value.charAt(body - 1) != '_') {
            return false;
        }
        for (int i = body; i < length; i++) {
            char c = value.charAt(i);
            if (!(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
