package io.soundport.domain.port;

/**
 * Encrypts secrets that must be read again (webhook signing secrets, partner credentials, OAuth tokens) for
 * storage at rest: AES-GCM with a local key, or KMS on AWS. The ciphertext is an opaque string.
 */
public interface SecretCipher {
    String encrypt(String plaintext);

    /** The plaintext of a ciphertext this cipher made; SERVER_ERROR when it cannot be decrypted (wrong key). */
    String decrypt(String ciphertext);
}
