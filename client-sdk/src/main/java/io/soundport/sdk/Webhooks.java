package io.soundport.sdk;

import io.soundport.sdk.exception.WebhookVerificationException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies the webhooks Soundport sends, as <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> define
 * them: the headers {@code webhook-id}, {@code webhook-timestamp} (Unix seconds) and {@code webhook-signature}
 * ({@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, several separated by spaces while a secret rotates), the
 * secret as {@code whsec_<base64>}. A timestamp more than five minutes away from now is refused, against replays.
 * <pre>{@code
 * Webhooks.verify(body, headers, System.getenv("SOUNDPORT_WEBHOOK_SECRET")); // throws when not authentic
 * }</pre>
 */
public final class Webhooks {
    /** How far a webhook's timestamp may be from the receiver's clock. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String SECRET_PREFIX = "whsec_";

    private Webhooks() {
    }

    /**
     * Checks that a webhook comes from Soundport and is recent.
     *
     * @param payload the request body exactly as received
     * @param headers the request headers; names in any case
     * @param secret  the endpoint's signing secret, {@code whsec_...}
     * @throws WebhookVerificationException when a header is missing, the timestamp is too old or too new, or no
     *                                      signature matches
     */
    public static void verify(String payload, Map<String, String> headers, String secret) {
        verify(payload, headers, secret, Clock.systemUTC());
    }

    static void verify(String payload, Map<String, String> headers, String secret, Clock clock) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(headers, "headers");
        String id = header(headers, "webhook-id");
        String timestamp = header(headers, "webhook-timestamp");
        String signatures = header(headers, "webhook-signature");
        Instant sentAt;
        try {
            sentAt = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException("The webhook-timestamp header is not a number of seconds");
        }
        Instant now = clock.instant();
        if (sentAt.isBefore(now.minus(TOLERANCE))) {
            throw new WebhookVerificationException("The webhook is too old (timestamp " + sentAt + ")");
        }
        if (sentAt.isAfter(now.plus(TOLERANCE))) {
            throw new WebhookVerificationException("The webhook's timestamp is in the future (" + sentAt + ")");
        }
        byte[] expected = hmac(key(secret), id + "." + timestamp.strip() + "." + payload);
        for (String candidate : signatures.strip().split(" +")) {
            int comma = candidate.indexOf(',');
            if (comma < 0 || !candidate.substring(0, comma).equals("v1")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return;
            }
        }
        throw new WebhookVerificationException("No signature of the webhook matches the secret");
    }

    /**
     * Signs a payload as Soundport does, for tests of a receiver.
     *
     * @param id        the message id ({@code webhook-id})
     * @param timestamp when it is sent ({@code webhook-timestamp})
     * @param payload   the body
     * @param secret    the signing secret, {@code whsec_...}
     * @return the value of the {@code webhook-signature} header, {@code v1,<base64>}
     */
    public static String sign(String id, Instant timestamp, String payload, String secret) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(key(secret), id + "." + timestamp.getEpochSecond() + "."
                + payload));
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(name) && e.getValue() != null
                    && !e.getValue().isBlank()) {
                return e.getValue();
            }
        }
        throw new WebhookVerificationException("The " + name + " header is missing");
    }

    private static byte[] key(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("The webhook secret must not be blank");
        }
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The webhook secret must be whsec_ followed by base64", e);
        }
    }

    private static byte[] hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
