package io.soundport.domain.notifications;

import java.util.Map;

/**
 * The template language of notification templates: variables and sections over plain data (maps, lists, text,
 * numbers, booleans), never code. A template that does not parse, or a value it cannot render, is refused as
 * invalid under the field named.
 */
public interface TemplateRenderer {
    /** Refuses a template that does not parse, naming {@code field}; says nothing of one that does. */
    void check(String template, String field);

    /** The template filled from {@code data}; a variable without a value renders as nothing. */
    String render(String template, Map<String, Object> data, String field);
}
