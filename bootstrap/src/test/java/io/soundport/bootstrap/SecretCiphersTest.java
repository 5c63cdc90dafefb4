package io.soundport.bootstrap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.soundport.adapters.local.AesGcmSecretCipher;
import io.soundport.domain.port.SecretCipher;
import io.soundport.domain.shared.DomainException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.Base64;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The move from the local key to KMS, as the server wires it: with {@code SOUNDPORT_KMS_KEY_ID} set, secrets written
 * under the local AES-GCM key before stay readable, new ones are envelope-encrypted under a data key of their purpose,
 * and another purpose cannot read them. KMS is a WireMock stand-in answering {@code GenerateDataKey} and
 * {@code Decrypt} in KMS's JSON 1.1 shapes for one fixed data key per purpose.
 */
class SecretCiphersTest {
    private static final String KEY_ID = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final String LOCAL_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static WireMockServer kms;

    @BeforeAll
    static void fakeKms() {
        kms = new WireMockServer(wireMockConfig().dynamicPort());
        kms.start();
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        for (String purpose : new String[]{SecretCiphers.WEBHOOK_SECRETS, SecretCiphers.PARTNER_CREDENTIALS}) {
            String plaintext = Base64.getEncoder().encodeToString(dataKey(purpose));
            String blob = Base64.getEncoder().encodeToString(("blob-of-" + purpose).getBytes());
            kms.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("TrentService.GenerateDataKey"))
                    .withRequestBody(containing("\"purpose\":\"" + purpose + "\""))
                    .willReturn(json("{\"CiphertextBlob\":\"" + blob + "\",\"KeyId\":\"" + KEY_ID
                            + "\",\"Plaintext\":\"" + plaintext + "\"}")));
            kms.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("TrentService.Decrypt"))
                    .withRequestBody(containing("\"purpose\":\"" + purpose + "\""))
                    .withRequestBody(containing(blob))
                    .willReturn(json("{\"KeyId\":\"" + KEY_ID + "\",\"Plaintext\":\"" + plaintext
                            + "\",\"EncryptionAlgorithm\":\"SYMMETRIC_DEFAULT\"}")));
        }
    }

    @AfterAll
    static void stopKms() {
        kms.stop();
    }

    private static byte[] dataKey(String purpose) {
        byte[] key = new byte[32];
        key[0] = (byte) purpose.length();
        return key;
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    private static SecretCiphers ciphers(boolean withKms, Path dataDir) {
        CloudSettings cloud = new CloudSettings(withKms, withKms ? "eu-west-1" : null,
                withKms ? URI.create(kms.baseUrl()) : null, null, null, null, null, null,
                withKms ? KEY_ID : null, null, null);
        return new CloudFactory().secretCiphers(cloud, LOCAL_KEY, dataDir.toString());
    }

    @Test
    void secrets_the_local_key_wrote_stay_readable_once_kms_encrypts_the_new_ones(@TempDir Path dataDir) {
        String before = ciphers(false, dataDir).forPurpose(SecretCiphers.WEBHOOK_SECRETS).encrypt("whsec_before");
        SecretCipher webhooks = ciphers(true, dataDir).forPurpose(SecretCiphers.WEBHOOK_SECRETS);

        String after = webhooks.encrypt("whsec_after");

        assertThat(webhooks.decrypt(before)).isEqualTo("whsec_before");
        assertThat(after).startsWith("kms1:").doesNotContain("whsec_after");
        assertThat(webhooks.decrypt(after)).isEqualTo("whsec_after");
        assertThat(new AesGcmSecretCipher(Base64.getDecoder().decode(LOCAL_KEY)).decrypt(before))
                .isEqualTo("whsec_before");
        kms.verify(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("TrentService.GenerateDataKey"))
                .withRequestBody(containing(KEY_ID)));
    }

    @Test
    void a_purpose_cannot_read_the_secrets_of_another(@TempDir Path dataDir) {
        SecretCiphers ciphers = ciphers(true, dataDir);
        String partner = ciphers.forPurpose(SecretCiphers.PARTNER_CREDENTIALS).encrypt("{\"secret_access_key\":\"x\"}");

        assertThat(ciphers.forPurpose(SecretCiphers.PARTNER_CREDENTIALS).decrypt(partner)).contains("secret_access_key");
        assertThatThrownBy(() -> ciphers.forPurpose(SecretCiphers.WEBHOOK_SECRETS).decrypt(partner))
                .isInstanceOf(DomainException.class);
    }
}
