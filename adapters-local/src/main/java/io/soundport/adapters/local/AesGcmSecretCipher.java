package io.soundport.adapters.local;

import io.soundport.domain.port.SecretCipher;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;

/**
 * Secrets at rest with AES-256-GCM: a fresh random 12-byte nonce per encryption, a 128-bit tag, and the ciphertext
 * {@code "v1:" + base64(nonce || ciphertext || tag)}. The key comes from configuration ({@code SOUNDPORT_SECRETS_KEY},
 * 32 bytes in base64) or else from {@value #KEY_FILE_NAME} in the data directory, generated at first use and readable
 * by its owner only. Every server instance that shares a database must use the same key.
 */
public final class AesGcmSecretCipher implements SecretCipher {
    /** The environment variable, and configuration key, holding the key in base64. */
    public static final String KEY_ENV = "SOUNDPORT_SECRETS_KEY";
    public static final String KEY_FILE_NAME = "secrets.key";
    public static final int KEY_BYTES = 32;

    private static final String VERSION = "v1";
    private static final String PREFIX = VERSION + ":";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

    private final SecretKeySpec key;

    /** A cipher with this 256-bit key. */
    public AesGcmSecretCipher(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the secrets key must be " + KEY_BYTES + " bytes long");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * A cipher with the key given in base64 when there is one (non-blank), otherwise with the key kept in
     * {@code dataDir/secrets.key}, made at first use.
     */
    public static AesGcmSecretCipher fromConfig(String base64Key, Path dataDir) {
        return new AesGcmSecretCipher(loadKey(base64Key, dataDir));
    }

    /**
     * The key: decoded from {@code base64Key} when it is not blank, otherwise read from {@code dataDir/secrets.key},
     * which is generated with {@link SecureRandom} (base64 on one line, owner-only permissions) when it is missing.
     * Of several processes creating the file at once, one wins and all use its key.
     */
    public static byte[] loadKey(String base64Key, Path dataDir) {
        if (base64Key != null && !base64Key.isBlank()) {
            return decodeKey(base64Key, KEY_ENV);
        }
        Objects.requireNonNull(dataDir, "dataDir");
        Path file = dataDir.resolve(KEY_FILE_NAME);
        try {
            if (!Files.exists(file)) {
                createKeyFile(dataDir, file);
            }
            return decodeKey(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secrets key file " + file, e);
        }
    }

    @Override
    public String encrypt(String plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(VERSION.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new DomainException(ErrorCode.SERVER_ERROR, "a secret could not be encrypted");
        }
    }

    @Override
    public String decrypt(String ciphertext) {
        if (ciphertext == null || !ciphertext.startsWith(PREFIX)) {
            throw undecryptable();
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(ciphertext.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw undecryptable();
        }
        if (in.length < NONCE_BYTES + TAG_BITS / 8) {
            throw undecryptable();
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(VERSION.getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException wrongKeyOrTampered) {
            throw undecryptable();
        }
    }

    private static DomainException undecryptable() {
        return new DomainException(ErrorCode.SERVER_ERROR,
                "a stored secret cannot be decrypted: it was made with another key or it was altered");
    }

    private static byte[] decodeKey(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the secrets key in " + source + " is not valid base64");
        }
        if (key.length != KEY_BYTES) {
            Arrays.fill(key, (byte) 0);
            throw new IllegalArgumentException("the secrets key in " + source + " must be " + KEY_BYTES
                    + " bytes in base64, not " + key.length);
        }
        return key;
    }

    /**
     * Writes a new key to a temporary file with owner-only permissions, then links it into place: the link fails
     * when another process got there first, and its key is kept.
     */
    private static void createKeyFile(Path dataDir, Path file) throws IOException {
        Files.createDirectories(dataDir);
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        boolean posix = dataDir.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(dataDir, KEY_FILE_NAME, ".tmp", ownerOnly);
        try {
            if (!posix) {
                File f = temp.toFile();
                f.setReadable(false, false);
                f.setWritable(false, false);
                f.setReadable(true, true);
                f.setWritable(true, true);
            }
            Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException anotherProcessWon) {
                // Keep the key already there.
            } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
                moveUnlessPresent(temp, file);
            }
        } finally {
            Arrays.fill(key, (byte) 0);
            Files.deleteIfExists(temp);
        }
    }

    private static void moveUnlessPresent(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file);
        } catch (FileAlreadyExistsException anotherProcessWon) {
            // Keep the key already there.
        }
    }
}
