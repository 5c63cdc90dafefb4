package io.soundport.domain.distribution;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.JsonReader;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A partner's credentials as their JSON holds them: an object whose every value is a string. Each protocol's
 * credentials ({@link S3Access}, {@link SftpAccess}, {@link ApiCredentials}) read theirs here, so that each refuses
 * the same way, with a VALIDATION_ERROR on field {@code credentials}, or on the field of the object at fault
 * ({@code credentials.host_key}), that never repeats a value.
 */
final class CredentialFields {
    private static final Pattern FIELD = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");

    private CredentialFields() {
    }

    /** The fields of the JSON object, each a string. */
    static Map<String, String> read(String credentials) {
        Map<String, Object> json;
        try {
            json = JsonReader.readObject(credentials);
        } catch (IllegalArgumentException e) {
            throw invalid("must be a JSON object (" + e.getMessage() + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : json.entrySet()) {
            if (!(entry.getValue() instanceof String value)) {
                throw invalid(entry.getKey(), "'" + entry.getKey() + "' must be a string");
            }
            fields.put(entry.getKey(), value);
        }
        return fields;
    }

    /** Refuses a field not among {@code names}; {@code kind} says whose fields they are ("" for none). */
    static void only(Map<String, String> fields, Set<String> names, String kind) {
        for (String key : fields.keySet()) {
            if (!names.contains(key)) {
                throw invalid(key, "unknown field '" + key + "'" + kind + "; the fields are "
                        + String.join(", ", new TreeSet<>(names)));
            }
        }
    }

    static DomainException invalid(String reason) {
        return DomainException.invalid("credentials", reason);
    }

    /**
     * A refusal on one field of the object, {@code credentials.<name>}; a name that is not a plain snake_case word
     * (an unknown field may be anything) is not put in the path, only {@code credentials}.
     */
    static DomainException invalid(String name, String reason) {
        return DomainException.invalid(name != null && FIELD.matcher(name).matches() ? "credentials." + name
                : "credentials", reason);
    }

}
