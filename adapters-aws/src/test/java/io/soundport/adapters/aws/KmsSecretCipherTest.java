package io.soundport.adapters.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.soundport.domain.port.SecretCipher;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.kms.KmsClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KmsSecretCipherTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String PURPOSE = "webhook-secrets";

    @RegisterExtension
    static WireMockExtension kms = AwsStubs.server(new FakeKms());

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T10:00:00Z"));
    private final InstantSource clock = now::get;
    private KmsClient client;

    @BeforeEach
    void start() {
        kms.stubFor(FakeKms.both());
        client = AwsClients.kms(AwsStubs.settings(kms));
    }

    @AfterEach
    void close() {
        client.close();
    }

    private KmsSecretCipher cipher(KmsSecretCipher.Settings settings, String purpose, SecretCipher legacy) {
        return new KmsSecretCipher(client, settings, purpose, legacy, clock);
    }

    private KmsSecretCipher cipher() {
        return cipher(KmsSecretCipher.Settings.of(FakeKms.KEY), PURPOSE, null);
    }

    private static List<LoggedRequest> calls(String operation) {
        return AwsStubs.served(kms).stream().map(e -> e.getRequest())
                .filter(r -> ("TrentService." + operation).equals(r.getHeader("X-Amz-Target"))).toList();
    }

    @Test
    void asks_kms_for_an_aes_256_data_key_bound_to_the_purpose_in_a_signed_json_request() {
        cipher().encrypt(SECRET);

        LoggedRequest request = calls("GenerateDataKey").get(0);
        assertThat(AwsStubs.signedFor(request, "kms")).as(request.getHeader("Authorization")).isTrue();
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-amz-json-1.1");
        JsonNode body = AwsStubs.json(request.getBodyAsString());
        assertThat(body.get("KeyId").asText()).isEqualTo(FakeKms.KEY);
        assertThat(body.get("KeySpec").asText()).isEqualTo("AES_256");
        assertThat(body.get("EncryptionContext").toString()).isEqualTo("{\"purpose\":\"webhook-secrets\"}");
        assertThat(body.has("Plaintext")).isFalse();
    }

    @Test
    void the_ciphertext_carries_the_encrypted_data_key_the_nonce_and_the_sealed_secret() {
        String ciphertext = cipher().encrypt(SECRET);

        assertThat(ciphertext).startsWith("kms1:");
        byte[] payload = Base64.getDecoder().decode(ciphertext.substring(5));
        int keyLength = ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
        byte[] blob = Base64.getDecoder().decode(
                AwsStubs.json(kms.getAllServeEvents().get(0).getResponse().getBodyAsString())
                        .get("CiphertextBlob").asText());
        assertThat(keyLength).isEqualTo(blob.length);
        assertThat(payload).hasSize(2 + blob.length + 12 + SECRET.getBytes(StandardCharsets.UTF_8).length + 16);
    }

    @Test
    void a_new_reader_opens_the_data_key_with_kms_once_under_the_same_context() {
        KmsSecretCipher writer = cipher();
        List<String> ciphertexts = List.of(writer.encrypt("a"), writer.encrypt("b"), writer.encrypt("c"));
        KmsSecretCipher reader = cipher();

        assertThat(ciphertexts).extracting(reader::decrypt).containsExactly("a", "b", "c");
        assertThat(ciphertexts).extracting(writer::decrypt).containsExactly("a", "b", "c");

        assertThat(calls("GenerateDataKey")).hasSize(1);
        List<LoggedRequest> decrypts = calls("Decrypt");
        assertThat(decrypts).hasSize(1);
        JsonNode body = AwsStubs.json(decrypts.get(0).getBodyAsString());
        assertThat(body.get("EncryptionContext").toString()).isEqualTo("{\"purpose\":\"webhook-secrets\"}");
        assertThat(body.get("KeyId").asText()).isEqualTo(FakeKms.KEY);
        assertThat(body.get("CiphertextBlob").asText()).isNotBlank();
    }

    @Test
    void a_data_key_is_replaced_after_its_lifetime_and_after_its_uses() {
        KmsSecretCipher cipher = cipher(new KmsSecretCipher.Settings(FakeKms.KEY, Duration.ofMinutes(10), 3, 10),
                PURPOSE, null);

        List<String> written = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            written.add(cipher.encrypt("s" + i));
        }
        assertThat(calls("GenerateDataKey")).hasSize(2);
        now.set(now.get().plus(Duration.ofMinutes(10)));
        written.add(cipher.encrypt("s4"));
        assertThat(calls("GenerateDataKey")).hasSize(3);

        KmsSecretCipher reader = cipher();
        assertThat(written).extracting(reader::decrypt).containsExactly("s0", "s1", "s2", "s3", "s4");
        assertThat(calls("Decrypt")).hasSize(3);
    }

    @Test
    void the_opened_data_keys_kept_are_bounded() {
        KmsSecretCipher writer = cipher(new KmsSecretCipher.Settings(FakeKms.KEY, Duration.ofHours(1), 1, 10),
                PURPOSE, null);
        List<String> written = List.of(writer.encrypt("a"), writer.encrypt("b"), writer.encrypt("c"));
        KmsSecretCipher reader = cipher(new KmsSecretCipher.Settings(FakeKms.KEY, Duration.ofHours(1), 1, 2),
                PURPOSE, null);

        written.forEach(reader::decrypt);
        reader.decrypt(written.get(0));

        assertThat(calls("Decrypt")).hasSize(4);
    }

    @Test
    void a_cipher_of_another_purpose_cannot_read_the_secret_kms_refuses_the_context() {
        String ciphertext = cipher().encrypt(SECRET);
        KmsSecretCipher other = cipher(KmsSecretCipher.Settings.of(FakeKms.KEY), "partner-credentials", null);

        assertThatThrownBy(() -> other.decrypt(ciphertext)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVER_ERROR));
        assertThat(kms.getAllServeEvents().get(0).getResponse().getBodyAsString())
                .contains("InvalidCiphertextException");
    }

    @Test
    void a_secret_written_before_kms_is_read_by_the_legacy_cipher() {
        SecretCipher legacy = new ReversingCipher();
        String old = legacy.encrypt(SECRET);

        KmsSecretCipher cipher = cipher(KmsSecretCipher.Settings.of(FakeKms.KEY), PURPOSE, legacy);

        assertThat(cipher.decrypt(old)).isEqualTo(SECRET);
        assertThat(cipher.decrypt(cipher.encrypt(SECRET))).isEqualTo(SECRET);
        assertThat(cipher.encrypt(SECRET)).startsWith("kms1:");
        assertThatThrownBy(() -> cipher().decrypt(old)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVER_ERROR));
    }

    @Test
    void kms_throttling_that_lasts_is_an_integration_error_after_the_bounded_attempts() {
        kms.resetAll();
        kms.stubFor(FakeKms.operation("GenerateDataKey")
                .willReturn(FakeKms.error(400, "ThrottlingException", "Rate exceeded")));

        assertThatThrownBy(() -> cipher().encrypt(SECRET)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
            assertThat(e.getMessage()).contains("ThrottlingException").doesNotContain(SECRET);
        });
        kms.verify(3, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void kms_unreachable_or_failing_on_decrypt_is_an_integration_error_not_a_wrong_key() {
        String ciphertext = cipher().encrypt(SECRET);
        kms.resetAll();
        kms.stubFor(FakeKms.operation("Decrypt").willReturn(FakeKms.error(500, "KMSInternalException", "oops")));
        assertThatThrownBy(() -> cipher().decrypt(ciphertext)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR));

        kms.resetAll();
        kms.stubFor(FakeKms.operation("Decrypt").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> cipher().decrypt(ciphertext)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR));
    }

    @Test
    void needs_a_key_id_and_a_purpose() {
        assertThatThrownBy(() -> KmsSecretCipher.Settings.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KmsSecretCipher(client, KmsSecretCipher.Settings.of(FakeKms.KEY), "", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Stands in for the local AES-GCM cipher of before the move (adapters-local is out of reach here). */
    private static final class ReversingCipher implements SecretCipher {
        @Override
        public String encrypt(String plaintext) {
            return "v1:" + new StringBuilder(plaintext).reverse();
        }

        @Override
        public String decrypt(String ciphertext) {
            if (!ciphertext.startsWith("v1:")) {
                throw new DomainException(ErrorCode.SERVER_ERROR, "not a v1 ciphertext");
            }
            return new StringBuilder(ciphertext.substring(3)).reverse().toString();
        }
    }
}
