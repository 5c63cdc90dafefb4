package io.soundport.application.webhooks;

import io.soundport.application.shared.Secrets;
import io.soundport.domain.shared.DomainException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs webhooks the Standard Webhooks way (HMAC-SHA256 of {@code "{id}.{timestamp}.{body}"} with the secret's
 * key bytes) and sends both header sets: {@code webhook-id / webhook-timestamp / webhook-signature: v1,<base64>}
 * and {@code X-Webhook-Id / X-Webhook-Timestamp / X-Webhook-Signature: sha256=<hex>}. With two secrets (during a
 * rotation) each signature header carries one signature per secret, newest first.
 */
public final class WebhookSigner {
    public static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;

    private WebhookSigner() {
    }

    /** A new secret: {@code whsec_} and the base64 of 32 random bytes. */
    public static String newSecret() {
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(Secrets.randomBytes(SECRET_BYTES));
    }

    static Map<String, String> headers(String messageId, long timestampSeconds, String body, List<String> secrets) {
        List<String> standard = new ArrayList<>();
        List<String> legacy = new ArrayList<>();
        for (String secret : secrets) {
            byte[] mac = hmac(secret, messageId + "." + timestampSeconds + "." + body);
            standard.add("v1," + Base64.getEncoder().encodeToString(mac));
            legacy.add("sha256=" + HexFormat.of().formatHex(mac));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", messageId);
        headers.put("webhook-timestamp", Long.toString(timestampSeconds));
        headers.put("webhook-signature", String.join(" ", standard));
        headers.put("X-Webhook-Id", messageId);
        headers.put("X-Webhook-Timestamp", Long.toString(timestampSeconds));
        headers.put("X-Webhook-Signature", String.join(", ", legacy));
        return headers;
    }

    static byte[] hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyBytes(secret), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] keyBytes(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new DomainException(io.soundport.domain.shared.ErrorCode.SERVER_ERROR, "A webhook secret is malformed");
        }
        return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    }
}
