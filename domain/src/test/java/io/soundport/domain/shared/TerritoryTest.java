package io.soundport.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class TerritoryTest {

    @ParameterizedTest
    @ValueSource(strings = {"US", "DE", "GB", "JP", "BR"})
    void accepts_iso_3166_alpha_2_country_codes(String code) {
        assertThat(Territory.of(code).code()).isEqualTo(code);
    }

    @Test
    void normalises_lower_case_and_spaces() {
        assertThat(Territory.of(" de ").code()).isEqualTo("DE");
        assertThat(Territory.of("gb")).isEqualTo(Territory.of("GB"));
    }

    @Test
    void accepts_world_in_any_case() {
        assertThat(Territory.of("WORLD")).isEqualTo(Territory.WORLD);
        assertThat(Territory.of("world")).isEqualTo(Territory.WORLD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "ZZZ", "USA", "U", "EU", "1A", "earth"})
    void rejects_codes_that_are_not_countries(String code) {
        assertThat(assertInvalid(() -> Territory.of(code), "territories").getMessage())
                .contains(code.toUpperCase());
    }

    @Test
    void rejects_blank_and_missing_codes() {
        assertInvalid(() -> Territory.of(null), "territories");
        assertInvalid(() -> Territory.of(" "), "territories");
    }
}
