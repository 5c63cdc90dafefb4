package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;

import java.util.regex.Pattern;

/** The check shared by Meta's numeric object ids (campaigns, audiences, pixels): 1 to 25 digits. */
final class GraphIds {
    private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,25}$");

    private GraphIds() {
    }

    static String digits(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "must not be blank");
        }
        String stripped = value.strip();
        if (!DIGITS.matcher(stripped).matches()) {
            throw DomainException.invalid(field, "must be a Meta " + what + " id: digits only, such as 6076262393242");
        }
        return stripped;
    }
}
