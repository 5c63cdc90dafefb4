package io.soundport.contracts;

import io.soundport.domain.port.SecretCipher;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link SecretCipher} must do: read back what it wrote, whatever the text; never write the same
 * ciphertext twice nor show the plaintext in it; refuse, with SERVER_ERROR and without echoing anything, a ciphertext
 * that was altered, cut, made up, or made with another key.
 */
public abstract class SecretCipherContract {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    protected abstract SecretCipher cipher();

    /** A cipher of the same kind with another key. */
    protected abstract SecretCipher cipherOfAnotherKey();

    @Test
    void decrypts_what_it_encrypted_whatever_the_text() {
        for (String plaintext : new String[]{SECRET, "", " ", "pässwörd ✓ 🎵 密码", "line\nbreak\ttab\u0000nul",
                "x".repeat(100_000)}) {
            assertThat(cipher().decrypt(cipher().encrypt(plaintext))).isEqualTo(plaintext);
        }
    }

    @Test
    void the_same_plaintext_encrypts_differently_every_time_and_never_shows() {
        Set<String> ciphertexts = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String ciphertext = cipher().encrypt(SECRET);
            assertThat(ciphertext).doesNotContain(SECRET).doesNotContain("whsec_");
            ciphertexts.add(ciphertext);
        }
        assertThat(ciphertexts).hasSize(50);
    }

    @Test
    void an_altered_or_cut_ciphertext_is_refused() {
        String ciphertext = cipher().encrypt(SECRET);
        int length = ciphertext.length();
        // characters well inside the base64 text, whose six bits all count, and near its end
        for (int position : new int[]{length / 4, length / 3, length / 2, 2 * length / 3, length - 5}) {
            char original = ciphertext.charAt(position);
            char other = original == 'A' ? 'B' : 'A';
            assertUndecryptable(ciphertext.substring(0, position) + other + ciphertext.substring(position + 1));
        }
        assertUndecryptable(ciphertext.substring(0, length - 4));
        assertUndecryptable(ciphertext.substring(0, length / 2));
    }

    @Test
    void a_made_up_ciphertext_is_refused() {
        for (String foreign : new String[]{SECRET, "", "v1:", "kms1:", "v1:not base64!", "kms1:AAAA", "plain text",
                null}) {
            assertUndecryptable(foreign);
        }
    }

    @Test
    void a_ciphertext_made_with_another_key_is_refused() {
        assertUndecryptable(cipherOfAnotherKey().encrypt(SECRET));
    }

    protected void assertUndecryptable(String ciphertext) {
        assertThatThrownBy(() -> cipher().decrypt(ciphertext))
                .as(String.valueOf(ciphertext))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SERVER_ERROR);
                    assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("whsec_");
                    if (ciphertext != null && ciphertext.length() > 5) {
                        assertThat(e.getMessage()).doesNotContain(ciphertext);
                    }
                });
    }
}
