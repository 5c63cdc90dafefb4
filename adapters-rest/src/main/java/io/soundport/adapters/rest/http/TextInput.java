package io.soundport.adapters.rest.http;

import io.soundport.domain.shared.StoredText;

import java.util.List;
import java.util.Set;

/**
 * What text this API takes, in every JSON string (and key), query parameter and path parameter of every operation,
 * before any handler sees it: the characters {@link StoredText} lets be stored, single-line unless the field is multi-line
 * by nature, and JSON nested no deeper than {@link #MAX_NESTING}. A refusal is a 400 VALIDATION_ERROR naming the
 * field as the client sent it ({@code tracks[1].title}, {@code q}).
 */
final class TextInput {
    /**
     * The JSON fields that are multi-line by nature (and everything inside them): line feeds, carriage returns and
     * tabs are welcome there. The core's commands agree ({@code Validation.optionalMultilineText}, free-form values
     * in {@code JsonTree.check}).
     */
    static final Set<String> MULTILINE_FIELDS = Set.of("description", "body", "template", "data");
    /**
     * The deepest a request body may nest (the body itself is level 1): well under DynamoDB's 32 levels, with room
     * for the item around a stored value, and deeper than any request of this API needs.
     */
    static final int MAX_NESTING = 20;

    private TextInput() {
    }

    /** Why this JSON string may not be taken, or null; {@code names} are the object keys on its path. */
    static String problem(String value, List<String> names) {
        return StoredText.problem(value, names.stream().anyMatch(MULTILINE_FIELDS::contains));
    }

    /** Why this parameter (a query or path value, always single-line) may not be taken, or null. */
    static String problem(String value) {
        return StoredText.problem(value, false);
    }
}
