package io.soundport.domain.shared;

/** Checks for the opaque ids the API hands out ({@code rel_01J...}); anything else cannot name a resource. */
public final class Ids {
    private Ids() {
    }

    public static String check(String value, String prefix) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("id", "must not be blank");
        }
        if (value.length() > 64 || !value.startsWith(prefix + "_")
                || !value.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c) && c < 128)) {
            throw DomainException.invalid("id", "is not a valid " + prefix + " id");
        }
        return value;
    }

    /** True when the string could be an id of this kind; used to answer 404 instead of 400 for path ids. */
    public static boolean looksLike(String value, String prefix) {
        try {
            check(value, prefix);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }
}
