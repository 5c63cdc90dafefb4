package io.soundport.domain.shared;

/**
 * The characters stored text may hold: no control character (Unicode category Cc: U+0000 to U+001F, U+007F to
 * U+009F) except the line feed, carriage return and tab of a multi-line field, no unpaired surrogate, no
 * noncharacter (U+FFFE, U+FFFF and their kin in every plane, U+FDD0 to U+FDEF). PostgreSQL refuses U+0000 outright;
 * the others break XML (the DDEX messages), terminals and the logs of whoever reads the text back.
 */
public final class StoredText {
    private StoredText() {
    }

    /** Why this text may not be stored, or null when it may. */
    public static String problem(CharSequence text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                if ((codePoint & 0xFFFE) == 0xFFFE) {
                    return "must not contain the noncharacter " + name(codePoint);
                }
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate (" + name(c) + ")";
            } else if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return "must not contain the control character " + name(c)
                        + (c == '\n' || c == '\r' || c == '\t' ? " (it is a single-line field)" : "");
            } else if ((c & 0xFFFE) == 0xFFFE || c >= '\uFDD0' && c <= '\uFDEF') {
                return "must not contain the noncharacter " + name(c);
            }
        }
        return null;
    }

    /** The text as it is; a VALIDATION_ERROR on {@code field} when it holds a character that may not be stored. */
    public static String check(String text, String field, boolean multiline) {
        String problem = text == null ? null : problem(text, multiline);
        if (problem != null) {
            throw DomainException.invalid(field, problem);
        }
        return text;
    }

    private static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
