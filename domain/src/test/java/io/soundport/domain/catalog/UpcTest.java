package io.soundport.domain.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class UpcTest {

    @Test
    void accepts_a_upc_a_with_a_valid_check_digit() {
        assertThat(Upc.of("036000291452").value()).isEqualTo("036000291452");
    }

    @Test
    void accepts_an_ean_13_with_a_valid_check_digit() {
        assertThat(Upc.of("4006381333931").value()).isEqualTo("4006381333931");
    }

    @Test
    void strips_surrounding_spaces() {
        assertThat(Upc.of(" 036000291452 ")).isEqualTo(Upc.of("036000291452"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"036000291453", "036000291450", "4006381333932"})
    void rejects_a_wrong_check_digit(String value) {
        assertThat(assertInvalid(() -> Upc.of(value), "upc").details().get(0).message()).contains("check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"03600029145", "40063813339310", "1", "12345678"})
    void rejects_a_wrong_length(String value) {
        assertThat(assertInvalid(() -> Upc.of(value), "upc").details().get(0).message()).contains("12 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"03600029145A", "O36000291452", "036000-91452", "０３６０００２９１４５２"})
    void rejects_anything_but_ascii_digits(String value) {
        assertInvalid(() -> Upc.of(value), "upc");
    }

    @Test
    void rejects_blank_and_missing_values() {
        assertInvalid(() -> Upc.of(null), "upc");
        assertInvalid(() -> Upc.of("   "), "upc");
    }
}
