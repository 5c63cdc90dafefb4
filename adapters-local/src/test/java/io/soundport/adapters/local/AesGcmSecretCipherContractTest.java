package io.soundport.adapters.local;

import io.soundport.contracts.SecretCipherContract;
import io.soundport.domain.port.SecretCipher;

import java.security.SecureRandom;

class AesGcmSecretCipherContractTest extends SecretCipherContract {
    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(randomKey());

    @Override
    protected SecretCipher cipher() {
        return cipher;
    }

    @Override
    protected SecretCipher cipherOfAnotherKey() {
        return new AesGcmSecretCipher(randomKey());
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
