package io.soundport.domain.webhooks;

import io.soundport.domain.shared.Ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Id of a webhook message (`msg_…`): derived from the event and the endpoint, so that fanning an event out twice
 * (two dispatchers, a retry after a crash) makes the same message, not a second one.
 */
public record WebhookMessageId(String value) {
    public static final String PREFIX = "msg";

    public WebhookMessageId {
        Ids.check(value, PREFIX);
    }

    public static WebhookMessageId of(String value) {
        return new WebhookMessageId(value);
    }

    public static WebhookMessageId forDelivery(String eventId, WebhookEndpointId endpointId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((eventId + "|" + endpointId.value()).getBytes(StandardCharsets.UTF_8));
            return new WebhookMessageId(PREFIX + "_" + HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
