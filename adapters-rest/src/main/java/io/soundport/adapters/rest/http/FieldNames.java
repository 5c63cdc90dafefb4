package io.soundport.adapters.rest.http;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one translation of the core's field names (the Java names: {@code tracks[1].durationMs}) into the JSON
 * names of this API ({@code tracks[1].duration_ms}). Every JSON name is the snake_case of its Java name, so the
 * rule is the conversion itself; a name with other characters than a Java identifier (a header such as
 * {@code Idempotency-Key}) is already a wire name and passes unchanged, as does a name already in snake_case.
 */
public final class FieldNames {
    /** One segment of a path: an identifier with optional indexes ({@code tracks[2]}), or bare indexes. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\[\\d+])*|(\\[\\d+])+");
    private static final Pattern HUMP = Pattern.compile("([a-z0-9])([A-Z])");
    /** The prefix that {@code DomainException.invalid} writes before the reason. */
    private static final Pattern INVALID_PREFIX = Pattern.compile("Invalid ([A-Za-z_][A-Za-z0-9_.\\[\\]]*): ");
    /**
     * A field the core names in prose ("give artistId or artistName"): a bare camelCase word. What the core
     * echoes of a caller's input is quoted or carries an id prefix ({@code art_...}), and a host name or an
     * e-mail address goes on with a dot or an at sign, so none of it matches.
     */
    private static final Pattern NAME_IN_PROSE =
            Pattern.compile("(?<![\\w'\"/.@\\[-])([a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+)(?![\\w'\"/@\\[-]|\\.\\w)");

    private FieldNames() {
    }

    /** {@code tracks[1].durationMs} → {@code tracks[1].duration_ms}. */
    static String wire(String path) {
        String[] segments = path.split("\\.", -1);
        StringBuilder sb = new StringBuilder(path.length() + 8);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(IDENTIFIER.matcher(segments[i]).matches() ? snake(segments[i]) : segments[i]);
        }
        return sb.toString();
    }

    /**
     * A message of the core with the field of every {@code "Invalid <field>: "} (the prefix that
     * {@code DomainException.invalid} writes, also where a message quotes another) in its JSON name.
     */
    public static String inMessage(String message) {
        if (message == null) {
            return null;
        }
        return INVALID_PREFIX.matcher(message)
                .replaceAll(m -> Matcher.quoteReplacement("Invalid " + wire(m.group(1)) + ": "));
    }

    /** A reason of the core that names fields in prose ("give artistId or artistName") with their JSON names. */
    static String inProse(String reason) {
        if (reason == null) {
            return null;
        }
        return NAME_IN_PROSE.matcher(reason).replaceAll(m -> Matcher.quoteReplacement(snake(m.group(1))));
    }

    private static String snake(String identifier) {
        return HUMP.matcher(identifier).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }
}
