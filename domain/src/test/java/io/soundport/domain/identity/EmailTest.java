package io.soundport.domain.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class EmailTest {

    @Test
    void is_trimmed_and_lower_cased_so_that_one_mailbox_is_one_address() {
        assertThat(Email.of("  Jane.Doe+Music@Example.COM ").value()).isEqualTo("jane.doe+music@example.com");
        assertThat(Email.of("JANE@EXAMPLE.COM")).isEqualTo(Email.of("jane@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "first.last@sub.example.org", "o'neil@example.ie", "x_y-z@ex-ample.com"})
    void accepts_ordinary_addresses(String value) {
        assertThat(Email.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jane",
            "jane@",
            "@example.com",
            "jane@example",        // no top-level domain
            "jane@@example.com",
            "jane doe@example.com",
            "jane..doe@example.com",
            "jane@-example.com",
            "jane@example..com",
            "jane@exa mple.com"})
    void rejects_invalid_shapes(String value) {
        assertInvalid(() -> Email.of(value), "email");
    }

    @Test
    void rejects_blank_missing_and_overlong_addresses() {
        assertInvalid(() -> Email.of(null), "email");
        assertInvalid(() -> Email.of("   "), "email");
        String local = "a".repeat(64);
        String domain = ("b".repeat(60) + ".").repeat(4) + "com"; // 247 characters
        assertInvalid(() -> Email.of(local + "@" + domain), "email");
    }
}
