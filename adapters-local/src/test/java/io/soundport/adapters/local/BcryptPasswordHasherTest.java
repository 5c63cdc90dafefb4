package io.soundport.adapters.local;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BcryptPasswordHasherTest {
    // Cost 10, the lowest allowed, keeps the suite fast.
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(10);

    @Test
    void a_hash_matches_its_password_and_no_other() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hash).startsWith("$2a$10$").hasSize(60);
        assertThat(hasher.matches("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.matches("correct horse battery stapler", hash)).isFalse();
    }

    @Test
    void hashing_the_same_password_twice_gives_two_salted_hashes() {
        assertThat(hasher.hash("s3cret-pass")).isNotEqualTo(hasher.hash("s3cret-pass"));
    }

    @Test
    void uses_cost_12_by_default() {
        assertThat(new BcryptPasswordHasher().cost()).isEqualTo(12);
    }

    @Test
    void refuses_a_cost_below_10() {
        assertThatThrownBy(() -> new BcryptPasswordHasher(9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BcryptPasswordHasher(32)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matches_hashes_of_the_2b_and_2y_kinds() {
        String b = BCrypt.with(BCrypt.Version.VERSION_2B).hashToString(10, "pässword".toCharArray());
        String y = BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(10, "pässword".toCharArray());

        assertThat(hasher.matches("pässword", b)).isTrue();
        assertThat(hasher.matches("pässword", y)).isTrue();
    }

    @Test
    void a_malformed_hash_never_matches_and_never_throws() {
        assertThat(hasher.matches("password", "not a hash")).isFalse();
        assertThat(hasher.matches("password", "")).isFalse();
        assertThat(hasher.matches("password", "$2a$10$tooshort")).isFalse();
        assertThat(hasher.matches("password", "$2a$99$" + "a".repeat(53))).isFalse();
        assertThat(hasher.matches("password", null)).isFalse();
        assertThat(hasher.matches(null, hasher.hash("password"))).isFalse();
    }

    @Test
    void refuses_to_hash_a_password_bcrypt_would_cut_short() {
        assertThatThrownBy(() -> hasher.hash("x".repeat(73)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
        assertThat(hasher.matches("x".repeat(73), hasher.hash("x".repeat(72)))).isFalse();
    }
}
