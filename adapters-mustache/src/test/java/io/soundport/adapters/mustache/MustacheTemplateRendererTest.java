package io.soundport.adapters.mustache;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MustacheTemplateRendererTest {
    private final MustacheTemplateRenderer renderer = new MustacheTemplateRenderer();

    @Test
    void fills_variables_from_nested_data_and_lists_by_sections() {
        Map<String, Object> data = Map.of(
                "name", "Ada",
                "release", Map.of("title", "Kind of Blue", "tracks", List.of(
                        Map.of("title", "So What", "position", 1),
                        Map.of("title", "Freddie Freeloader", "position", 2))),
                "streams", new BigDecimal("1200000"));

        String body = renderer.render("""
                Hello {{name}}, {{release.title}} is out ({{streams}} streams).
                {{#release.tracks}}{{position}}. {{title}}
                {{/release.tracks}}{{^release.label}}No label yet.{{/release.label}}""", data, "body");

        assertThat(body).isEqualTo("""
                Hello Ada, Kind of Blue is out (1200000 streams).
                1. So What
                2. Freddie Freeloader
                No label yet.""");
    }

    @Test
    void a_variable_without_a_value_renders_as_nothing_and_nothing_is_html_escaped() {
        assertThat(renderer.render("Hi {{name}}{{missing}}!", Map.of("name", "Tom & <Jerry>"), "body"))
                .isEqualTo("Hi Tom & <Jerry>!");
    }

    @Test
    void data_is_read_as_data_never_by_reflection_on_its_objects() {
        Map<String, Object> data = Map.of("name", "Ada", "list", List.of("a"));

        assertThat(renderer.render("[{{name.class}}][{{name.bytes}}][{{name.length}}][{{list.class.name}}]", data,
                "body")).isEqualTo("[][][][]");
    }

    @Test
    void a_template_that_does_not_parse_or_reads_a_partial_is_refused_under_its_field() {
        for (String bad : new String[]{"Hello {{#open}} never closed", "{{/close}}", "Hello {{name", "{{> header}}",
                "{{#a}}{{>footer}}{{/a}}", "{{< layout}}{{/layout}}", "{{=<% %>=}}<%> header%>"}) {
            DomainException e = catchThrowableOfType(() -> renderer.check(bad, "body"), DomainException.class);
            assertThat(e).as(bad).isNotNull();
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(e.details()).extracting(FieldError::field).containsExactly("body");
        }
        DomainException partial = catchThrowableOfType(() -> renderer.render("{{> header}}", Map.of(), "subject"),
                DomainException.class);
        assertThat(partial.details()).extracting(FieldError::field).containsExactly("subject");
    }

    @Test
    void a_valid_template_passes_the_check() {
        assertThatCode(() -> renderer.check("{{! a comment }}{{#a}}{{b}}{{/a}}{{^c}}none{{/c}}", "body"))
                .doesNotThrowAnyException();
    }
}
