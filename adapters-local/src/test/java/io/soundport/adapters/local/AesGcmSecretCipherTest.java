package io.soundport.adapters.local;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The AES-GCM format and key handling; what every cipher must do is in {@code AesGcmSecretCipherContractTest}. */
class AesGcmSecretCipherTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(randomKey());

    @Test
    void the_ciphertext_is_versioned_base64_of_nonce_ciphertext_and_tag_and_hides_the_plaintext() {
        String ciphertext = cipher.encrypt(SECRET);

        assertThat(ciphertext).startsWith("v1:").doesNotContain(SECRET).doesNotContain("whsec_");
        byte[] payload = Base64.getDecoder().decode(ciphertext.substring(3));
        assertThat(payload).hasSize(12 + SECRET.getBytes(StandardCharsets.UTF_8).length + 16);
    }

    @Test
    void the_same_plaintext_encrypts_differently_every_time() {
        Set<String> ciphertexts = new HashSet<>();
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String ciphertext = cipher.encrypt(SECRET);
            ciphertexts.add(ciphertext);
            nonces.add(Base64.getEncoder().encodeToString(
                    Arrays.copyOf(Base64.getDecoder().decode(ciphertext.substring(3)), 12)));
        }
        assertThat(ciphertexts).hasSize(100);
        assertThat(nonces).hasSize(100);
    }

    @Test
    void a_tampered_ciphertext_is_refused_without_the_secret_in_the_message() {
        String ciphertext = cipher.encrypt(SECRET);
        byte[] payload = Base64.getDecoder().decode(ciphertext.substring(3));

        for (int position : new int[]{0, 11, 12, 20, payload.length - 1}) {
            byte[] altered = payload.clone();
            altered[position] ^= 0x01;
            assertUndecryptable(cipher, "v1:" + Base64.getEncoder().encodeToString(altered));
        }
        byte[] truncated = Arrays.copyOf(payload, payload.length - 1);
        assertUndecryptable(cipher, "v1:" + Base64.getEncoder().encodeToString(truncated));
        assertUndecryptable(cipher, "v2:" + ciphertext.substring(3));
    }

    @Test
    void refuses_a_key_that_is_not_256_bits() {
        assertThatThrownBy(() -> new AesGcmSecretCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AesGcmSecretCipher(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generates_the_key_file_once_and_reuses_it(@TempDir Path temp) throws IOException {
        Path dataDir = temp.resolve("data");

        byte[] first = AesGcmSecretCipher.loadKey(null, dataDir);
        Path file = dataDir.resolve("secrets.key");
        String stored = Files.readString(file);
        byte[] second = AesGcmSecretCipher.loadKey("  ", dataDir);

        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(Files.readString(file)).isEqualTo(stored);
        assertThat(Base64.getDecoder().decode(stored.trim())).isEqualTo(first);
        try (var entries = Files.list(dataDir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("secrets.key");
        }
        String ciphertext = AesGcmSecretCipher.fromConfig(null, dataDir).encrypt(SECRET);
        assertThat(AesGcmSecretCipher.fromConfig(null, dataDir).decrypt(ciphertext)).isEqualTo(SECRET);
    }

    @Test
    void the_key_file_is_readable_by_its_owner_only(@TempDir Path dataDir) throws IOException {
        assumeThat(dataDir.getFileSystem().supportedFileAttributeViews()).contains("posix");

        AesGcmSecretCipher.loadKey(null, dataDir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("secrets.key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void a_configured_key_wins_over_the_file_and_creates_none(@TempDir Path dataDir) {
        byte[] key = randomKey();

        byte[] loaded = AesGcmSecretCipher.loadKey(Base64.getEncoder().encodeToString(key), dataDir);

        assertThat(loaded).isEqualTo(key);
        assertThat(dataDir.resolve("secrets.key")).doesNotExist();
    }

    @Test
    void a_malformed_configured_key_is_refused_without_being_echoed(@TempDir Path dataDir) {
        String shortKey = Base64.getEncoder().encodeToString(new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});

        assertThatThrownBy(() -> AesGcmSecretCipher.loadKey(shortKey, dataDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SOUNDPORT_SECRETS_KEY")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> AesGcmSecretCipher.loadKey("not*base64*at-all", dataDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not*base64*at-all");
    }

    private static void assertUndecryptable(AesGcmSecretCipher cipher, String ciphertext) {
        assertThatThrownBy(() -> cipher.decrypt(ciphertext))
                .as(String.valueOf(ciphertext))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SERVER_ERROR);
                    assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("whsec_");
                    if (ciphertext != null && !ciphertext.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(ciphertext);
                    }
                });
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
