package io.soundport.application.platform;

import io.soundport.domain.identity.Caller;
import io.soundport.domain.platform.ForwardedIdentity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Signs the identity the gateway passes upstream: {@code v1=} and the hex HMAC-SHA256, keyed with the UTF-8 bytes of
 * the configured secret, of {@code "<timestamp>.<organization>.<actor>.<METHOD>.<path>"} (the path the upstream
 * receives, without the query). An upstream recomputes it, compares in constant time and refuses a timestamp more
 * than a few minutes away from its clock.
 */
public final class IdentitySigner {
    public static final int MIN_SECRET_LENGTH = 32;
    private final byte[] key;

    public IdentitySigner(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the gateway signing secret must be at least " + MIN_SECRET_LENGTH
                    + " characters");
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The actor of a caller: {@code user:<id>} or {@code api_key:<id>}. */
    static String actor(Caller caller) {
        return caller.isUser() ? "user:" + caller.userId().value() : "api_key:" + caller.apiKeyId().value();
    }

    public ForwardedIdentity sign(Caller caller, String method, String targetPath, Instant now) {
        String organization = caller.organizationId().value();
        String actor = actor(caller);
        long timestamp = now.getEpochSecond();
        return new ForwardedIdentity(organization, actor, timestamp,
                signature(timestamp + "." + organization + "." + actor + "." + method + "." + targetPath));
    }

    /**
     * What an upstream does with the headers it received: true when the signature is this secret's over the other
     * values, its own method and its own path (the timestamp's freshness is the upstream's to check).
     */
    public boolean verify(ForwardedIdentity received, String method, String targetPath) {
        String expected = signature(received.timestamp() + "." + received.organization() + "." + received.actor() + "."
                + method + "." + targetPath);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                received.signature().getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code v1=<hex>} of the signed string. */
    private String signature(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
