package io.soundport.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The HS256 key that signs access tokens: {@code SOUNDPORT_JWT_SECRET} when configured, otherwise a key generated
 * at first start into the data directory (readable by the owner only) and reused after, with a warning.
 */
public final class JwtSecret {
    static final String PROPERTY = "soundport.jwt.secret";
    static final int MIN_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtSecret.class);

    private JwtSecret() {
    }

    /** Makes sure {@code soundport.jwt.secret} is set before the application context starts. */
    public static void ensureConfigured() {
        String configured = System.getProperty(PROPERTY, System.getenv("SOUNDPORT_JWT_SECRET"));
        if (configured != null && !configured.isBlank()) {
            check(configured);
            System.setProperty(PROPERTY, configured);
            return;
        }
        Path file = DataDirectory.resolve(null).resolve("jwt-secret");
        System.setProperty(PROPERTY, loadOrGenerate(file));
    }

    static String loadOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
                check(secret);
                LOG.warn("Signing access tokens with the key generated in {}; set SOUNDPORT_JWT_SECRET to share one "
                        + "key between instances", file);
                return secret;
            }
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's own permissions apply
            }
            LOG.warn("No SOUNDPORT_JWT_SECRET configured: generated a signing key into {} (kept across restarts); "
                    + "set SOUNDPORT_JWT_SECRET in production", file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the JWT key file " + file, e);
        }
    }

    /** Refuses a signing key shorter than {@value #MIN_BYTES} bytes, naming {@code SOUNDPORT_JWT_SECRET}. */
    public static void check(String secret) {
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new IllegalStateException("SOUNDPORT_JWT_SECRET must be at least " + MIN_BYTES
                    + " bytes (256 bits) long");
        }
    }
}
