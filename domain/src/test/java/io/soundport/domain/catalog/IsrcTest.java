package io.soundport.domain.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class IsrcTest {

    @Test
    void accepts_the_hyphenated_form_and_keeps_it_compact() {
        assertThat(Isrc.of("US-RC1-76-07839").value()).isEqualTo("USRC17607839");
    }

    @Test
    void accepts_the_compact_form() {
        assertThat(Isrc.of("USRC17607839").value()).isEqualTo("USRC17607839");
    }

    @Test
    void normalises_to_upper_case_without_surrounding_spaces() {
        assertThat(Isrc.of("  us-rc1-76-07839 ").value()).isEqualTo("USRC17607839");
        assertThat(Isrc.of("usrc17607839")).isEqualTo(Isrc.of("US-RC1-76-07839"));
    }

    @Test
    void displays_the_hyphenated_form() {
        assertThat(Isrc.of("usrc17607839").display()).isEqualTo("US-RC1-76-07839");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "USRC1760783",      // one digit short
            "USRC176078390",    // one digit too many
            "1SRC17607839",     // country code with a digit
            "USRC1AB07839",     // year with letters
            "USRC17607A39",     // designation with a letter
            "US-RC17607839",    // hyphens only in part
            "US-RC1-76-0783-9", // hyphens in the wrong places
            "US RC1 76 07839",  // spaces instead of hyphens
            "US_RC1_76_07839"})
    void rejects_other_shapes(String value) {
        assertInvalid(() -> Isrc.of(value), "isrc");
    }

    @Test
    void rejects_blank_and_missing_values() {
        assertInvalid(() -> Isrc.of(null), "isrc");
        assertInvalid(() -> Isrc.of(""), "isrc");
    }
}
