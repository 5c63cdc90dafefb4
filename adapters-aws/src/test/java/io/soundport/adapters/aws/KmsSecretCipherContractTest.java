package io.soundport.adapters.aws;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.contracts.SecretCipherContract;
import io.soundport.domain.port.SecretCipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.kms.KmsClient;

/** The contract against WireMock answering as KMS does, over real cryptography ({@link FakeKms}). */
class KmsSecretCipherContractTest extends SecretCipherContract {
    @RegisterExtension
    static WireMockExtension kms = AwsStubs.server(new FakeKms());

    private KmsClient client;
    private KmsSecretCipher cipher;

    @BeforeEach
    void start() {
        kms.stubFor(FakeKms.both());
        client = AwsClients.kms(AwsStubs.settings(kms));
        cipher = new KmsSecretCipher(client, KmsSecretCipher.Settings.of(FakeKms.KEY), "webhook-secrets", null);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Override
    protected SecretCipher cipher() {
        return cipher;
    }

    @Override
    protected SecretCipher cipherOfAnotherKey() {
        return new KmsSecretCipher(client, KmsSecretCipher.Settings.of(FakeKms.OTHER_KEY), "webhook-secrets", null);
    }
}
