package io.soundport.adapters.mustache;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import io.soundport.domain.notifications.TemplateRenderer;
import io.soundport.domain.shared.DomainException;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Notification templates in Mustache ({@code {{release.title}}}, sections {@code {{#tracks}}…{{/tracks}}}, inverted
 * sections, comments), by JMustache. Logic-less by design, and kept to data: variables resolve in maps and lists
 * only (never by reflection on an object, so {@code {{name.class}}} is nothing), partials, template inheritance and
 * delimiter changes are refused (a template reads no other template and no file), and no value is HTML-escaped, since notifications are plain text. A
 * variable without a value renders as nothing.
 */
public final class MustacheTemplateRenderer implements TemplateRenderer {
    private static final Pattern READS_ANOTHER_TEMPLATE = Pattern.compile("\\{\\{\\s*[>=<$]");
    private final Mustache.Compiler compiler = Mustache.compiler()
            .escapeHTML(false)
            .defaultValue("")
            .withCollector(new DataOnly())
            .withLoader(name -> {
                throw new MustacheException("partials ({{> " + name + "}}) are not supported");
            });

    @Override
    public void check(String template, String field) {
        compile(template, field);
    }

    @Override
    public String render(String template, Map<String, Object> data, String field) {
        Objects.requireNonNull(data, "data");
        Template compiled = compile(template, field);
        try {
            return compiled.execute(data);
        } catch (MustacheException e) {
            throw DomainException.invalid(field, "cannot be filled from the data: " + reason(e));
        }
    }

    private Template compile(String template, String field) {
        Objects.requireNonNull(template, "template");
        // JMustache keeps a tag left open as text; a template is refused for it instead, where it is written
        if (occurrences(template, "{{") > occurrences(template, "}}")) {
            throw DomainException.invalid(field, "is not a valid template: a tag opened with {{ is not closed");
        }
        // JMustache loads a partial only when it renders it: refused here, with what could hide one
        if (READS_ANOTHER_TEMPLATE.matcher(template).find()) {
            throw DomainException.invalid(field, "is not a valid template: partials ({{> name}}), template"
                    + " inheritance ({{< name}}, {{$ block}}) and delimiter changes ({{= =}}) are not supported");
        }
        try {
            return compiler.compile(template);
        } catch (MustacheException e) {
            throw DomainException.invalid(field, "is not a valid template: " + reason(e));
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String reason(MustacheException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }

    /** Resolves names in maps and lists (and JMustache's own {@code -first}, {@code -index}...), nothing else. */
    private static final class DataOnly extends BasicCollector {
        @Override
        public <K, V> Map<K, V> createFetcherCache() {
            return new ConcurrentHashMap<>();
        }
    }
}
