package io.soundport.adapters.aws;

import io.soundport.domain.port.SecretCipher;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptRequest;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyRequest;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Secrets at rest by envelope encryption under a KMS key: a 256-bit data key from {@code GenerateDataKey}, bound to
 * this cipher's purpose by the encryption context {@code {"purpose": ...}}, encrypts with AES-256-GCM here; the
 * ciphertext {@code "kms1:" + base64(length of the encrypted data key (2 bytes) || encrypted data key || nonce (12) ||
 * ciphertext || tag (16))} carries the data key as KMS encrypted it, which {@code Decrypt} opens again. A data key is
 * used for a bounded time and number of secrets, then replaced; opened data keys are kept, a bounded number, so a
 * secret read often costs no call to KMS. A ciphertext without the {@code kms1:} prefix was written before the move to
 * KMS: the legacy cipher reads it when there is one.
 */
public final class KmsSecretCipher implements SecretCipher {
    static final String PREFIX = "kms1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** KMS's answers for a ciphertext it cannot open: altered, of another key, or of another context. */
    private static final Set<String> UNDECRYPTABLE = Set.of("InvalidCiphertextException", "IncorrectKeyException");

    /**
     * @param keyId          the KMS key: its id, ARN, alias name or alias ARN
     * @param dataKeyLifetime how long one data key encrypts
     * @param dataKeyMaxUses how many secrets one data key encrypts at most
     * @param cachedDataKeys how many opened data keys are kept for decryption
     */
    public record Settings(String keyId, Duration dataKeyLifetime, int dataKeyMaxUses, int cachedDataKeys) {
        public Settings {
            if (keyId == null || keyId.isBlank()) {
                throw new IllegalArgumentException("the KMS key id is required");
            }
            Objects.requireNonNull(dataKeyLifetime, "dataKeyLifetime");
            if (dataKeyMaxUses < 1 || cachedDataKeys < 1) {
                throw new IllegalArgumentException("dataKeyMaxUses and cachedDataKeys must be at least 1");
            }
        }

        /** This key; a data key encrypts for an hour or 10,000 secrets; 1,000 opened data keys kept. */
        public static Settings of(String keyId) {
            return new Settings(keyId, Duration.ofHours(1), 10_000, 1_000);
        }
    }

    /** The data key that encrypts now. */
    private record DataKey(SecretKeySpec key, byte[] encrypted, Instant expires, int[] uses) {
    }

    private final KmsClient kms;
    private final Settings settings;
    private final Map<String, String> encryptionContext;
    private final byte[] associatedData;
    private final SecretCipher legacy;
    private final InstantSource clock;
    private final Map<String, SecretKeySpec> openedKeys;
    private DataKey current;

    /**
     * @param purpose what the secrets are for ({@code webhook-secrets}): a cipher of another purpose cannot read them
     * @param legacy  reads the ciphertexts written before KMS (the local AES-GCM cipher); null when there are none
     */
    public KmsSecretCipher(KmsClient kms, Settings settings, String purpose, SecretCipher legacy) {
        this(kms, settings, purpose, legacy, InstantSource.system());
    }

    KmsSecretCipher(KmsClient kms, Settings settings, String purpose, SecretCipher legacy, InstantSource clock) {
        this.kms = Objects.requireNonNull(kms, "kms");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("the purpose is required");
        }
        this.encryptionContext = Map.of("purpose", purpose);
        this.associatedData = (PREFIX + purpose).getBytes(StandardCharsets.UTF_8);
        this.legacy = legacy;
        this.clock = Objects.requireNonNull(clock, "clock");
        int capacity = settings.cachedDataKeys();
        this.openedKeys = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SecretKeySpec> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public String encrypt(String plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        DataKey dataKey = dataKey();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, dataKey.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(2 + dataKey.encrypted().length + NONCE_BYTES + sealed.length)
                    .putShort((short) dataKey.encrypted().length).put(dataKey.encrypted()).put(nonce).put(sealed)
                    .array();
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new DomainException(ErrorCode.SERVER_ERROR, "a secret could not be encrypted");
        }
    }

    @Override
    public String decrypt(String ciphertext) {
        if (ciphertext == null) {
            throw undecryptable();
        }
        if (!ciphertext.startsWith(PREFIX)) {
            if (legacy == null) {
                throw undecryptable();
            }
            return legacy.decrypt(ciphertext);
        }
        ByteBuffer in;
        try {
            in = ByteBuffer.wrap(Base64.getDecoder().decode(ciphertext.substring(PREFIX.length())));
        } catch (IllegalArgumentException notBase64) {
            throw undecryptable();
        }
        if (in.remaining() < 2) {
            throw undecryptable();
        }
        int encryptedKeyLength = Short.toUnsignedInt(in.getShort());
        if (encryptedKeyLength == 0 || in.remaining() < encryptedKeyLength + NONCE_BYTES + TAG_BITS / 8) {
            throw undecryptable();
        }
        byte[] encryptedKey = new byte[encryptedKeyLength];
        in.get(encryptedKey);
        SecretKeySpec key = opened(encryptedKey);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in.array(), in.position(),
                    NONCE_BYTES));
            cipher.updateAAD(associatedData);
            int sealedAt = in.position() + NONCE_BYTES;
            return new String(cipher.doFinal(in.array(), sealedAt, in.array().length - sealedAt),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException alteredOrOtherKey) {
            throw undecryptable();
        }
    }

    /** The data key to encrypt with, a new one when the current one is too old or used too often. */
    private synchronized DataKey dataKey() {
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.expires()) || current.uses()[0] >= settings.dataKeyMaxUses()) {
            GenerateDataKeyResponse generated;
            try {
                generated = kms.generateDataKey(GenerateDataKeyRequest.builder().keyId(settings.keyId())
                        .keySpec(DataKeySpec.AES_256).encryptionContext(encryptionContext).build());
            } catch (SdkException e) {
                throw unavailable("a data key", e);
            }
            SecretKeySpec key = new SecretKeySpec(generated.plaintext().asByteArray(), "AES");
            byte[] encrypted = generated.ciphertextBlob().asByteArray();
            current = new DataKey(key, encrypted, now.plus(settings.dataKeyLifetime()), new int[1]);
            remember(encrypted, key);
        }
        current.uses()[0]++;
        return current;
    }

    /** The data key an encrypted one stands for: kept from before, or opened by KMS under this purpose. */
    private SecretKeySpec opened(byte[] encryptedKey) {
        String cacheKey = Base64.getEncoder().encodeToString(encryptedKey);
        synchronized (openedKeys) {
            SecretKeySpec key = openedKeys.get(cacheKey);
            if (key != null) {
                return key;
            }
        }
        byte[] plain;
        try {
            plain = kms.decrypt(DecryptRequest.builder().keyId(settings.keyId())
                    .ciphertextBlob(SdkBytes.fromByteArray(encryptedKey))
                    .encryptionContext(encryptionContext).build()).plaintext().asByteArray();
        } catch (AwsServiceException e) {
            if (UNDECRYPTABLE.contains(AwsErrors.code(e))) {
                throw undecryptable();
            }
            throw unavailable("the data key of a secret", e);
        } catch (SdkException e) {
            throw unavailable("the data key of a secret", e);
        }
        if (plain.length != 32) {
            throw undecryptable();
        }
        SecretKeySpec key = new SecretKeySpec(plain, "AES");
        remember(encryptedKey, key);
        return key;
    }

    private void remember(byte[] encryptedKey, SecretKeySpec key) {
        synchronized (openedKeys) {
            openedKeys.put(Base64.getEncoder().encodeToString(encryptedKey), key);
        }
    }

    private static DomainException undecryptable() {
        return new DomainException(ErrorCode.SERVER_ERROR,
                "a stored secret cannot be decrypted: it was made with another key or it was altered");
    }

    private static DomainException unavailable(String what, SdkException e) {
        String reason = e instanceof AwsServiceException aws
                ? "KMS answered " + aws.statusCode() + " " + AwsErrors.code(aws)
                : "KMS could not be reached: " + e.getClass().getSimpleName();
        return new DomainException(ErrorCode.INTEGRATION_ERROR, "KMS did not give " + what + " (" + reason + ")");
    }
}
