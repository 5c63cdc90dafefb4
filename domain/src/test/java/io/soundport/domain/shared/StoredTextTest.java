package io.soundport.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class StoredTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0001", "a\u001Fb", "a\u007Fb", "a\u0085b", "\u001B[31mred"})
    void control_characters_are_refused(String text) {
        assertThat(StoredText.problem(text, false)).startsWith("must not contain the control character U+");
        assertThat(StoredText.problem(text, true)).startsWith("must not contain the control character U+");
    }

    @Test
    void line_breaks_and_tabs_are_taken_by_multi_line_text_only() {
        for (String text : List.of("two\nlines", "two\r\nlines", "a\tb")) {
            assertThat(StoredText.problem(text, true)).isNull();
            assertThat(StoredText.problem(text, false)).endsWith("(it is a single-line field)");
        }
    }

    @Test
    void unpaired_surrogates_and_noncharacters_are_refused_and_real_unicode_is_not() {
        assertThat(StoredText.problem("a\uD800b", false)).isEqualTo("must not contain an unpaired surrogate (U+D800)");
        assertThat(StoredText.problem("\uDC00", false)).isEqualTo("must not contain an unpaired surrogate (U+DC00)");
        assertThat(StoredText.problem("\uFFFE", false)).isEqualTo("must not contain the noncharacter U+FFFE");
        assertThat(StoredText.problem("\uFDD0", false)).isEqualTo("must not contain the noncharacter U+FDD0");
        assertThat(StoredText.problem("\uD83F\uDFFF", false)).isEqualTo("must not contain the noncharacter U+1FFFF");
        assertThat(StoredText.problem("Beyonc\u00e9 \uD83C\uDFB5 e\u0301 \u202Eright \u00a0 \u2028 \uFEFF", false)).isNull();
    }

    @Test
    void required_text_names_the_field_of_a_control_character() {
        DomainException e = assertInvalid(() -> Validation.requireText("Night\u0000Drive", "title", 300), "title");

        assertThat(e.details().get(0).message()).isEqualTo("must not contain the control character U+0000");
        assertThat(Validation.optionalMultilineText("  first\nsecond  ", "description", 500)).isEqualTo("first\nsecond");
        assertInvalid(() -> Validation.optionalText("first\nsecond", "label", 500), "label");
    }

    @Test
    void a_free_form_value_is_refused_where_it_nests_too_deep() {
        Object deep = "leaf";
        for (int i = 0; i < JsonTree.MAX_DEPTH + 1; i++) {
            deep = Map.of("a", deep);
        }
        Object value = deep;

        DomainException e = assertInvalid(() -> JsonTree.check(value, "data"), "data" + ".a".repeat(JsonTree.MAX_DEPTH));

        assertThat(e.details().get(0).message()).isEqualTo("must not nest deeper than 16 levels");
    }

    @Test
    void a_free_form_value_is_refused_when_too_large_or_holding_what_a_store_refuses() {
        assertInvalid(() -> JsonTree.check(Map.of("blob", "x".repeat(JsonTree.MAX_BYTES)), "data"), "data");
        assertInvalid(() -> JsonTree.check(Map.of("tags", List.of("ok", "a\u0000b")), "data"), "data.tags[1]");
        assertInvalid(() -> JsonTree.check(Map.of("a\u0000b", 1), "data"), "data");
        assertInvalid(() -> JsonTree.check(Map.of("n", Double.POSITIVE_INFINITY), "data"), "data.n");
        assertInvalid(() -> JsonTree.check(Map.of("n", new BigDecimal("1e400")), "data"), "data.n");
        assertInvalid(() -> JsonTree.check(Map.of("n", new BigDecimal("123456789012345678901234567890123456789")), "data"),
                "data.n");
        assertThatCode(() -> JsonTree.check(Map.of("note", "two\nlines", "n", 1.5, "big", new BigDecimal("1e125"),
                "list", List.of(1, true, Map.of())), "data")).doesNotThrowAnyException();
    }
}
