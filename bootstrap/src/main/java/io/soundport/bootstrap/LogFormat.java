package io.soundport.bootstrap;

import java.util.Locale;
import java.util.Set;

/**
 * {@code SOUNDPORT_LOG_FORMAT}: {@code text} (the default) or {@code json}. {@code logback.xml} picks its appender by
 * this name, so any other value would leave the server without logs: it refuses to start instead.
 */
final class LogFormat {
    static final String VARIABLE = "SOUNDPORT_LOG_FORMAT";
    private static final Set<String> FORMATS = Set.of("text", "json");

    private LogFormat() {
    }

    /** Why {@code value} is not a log format, or null when it is one (unset is the default, text). */
    static String problem(String value) {
        if (value == null || FORMATS.contains(value)) {
            return null;
        }
        String hint = FORMATS.contains(value.strip().toLowerCase(Locale.ROOT))
                ? " (write it in lower case, without spaces)" : "";
        return VARIABLE + " must be text or json, not \"" + value + "\"" + hint;
    }

    /** The configured value: a system property of the same name first (as logback reads it), else the environment. */
    static String configured() {
        String property = System.getProperty(VARIABLE);
        return property != null ? property : System.getenv(VARIABLE);
    }
}
