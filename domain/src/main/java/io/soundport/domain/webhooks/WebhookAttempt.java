package io.soundport.domain.webhooks;

import java.time.Instant;
import java.util.Objects;

/**
 * One try to deliver a message: when, the receiver's status code (null when none came back), how long it took,
 * and what went wrong (null on success).
 */
public record WebhookAttempt(int number, Instant at, Integer statusCode, long latencyMs, String error) {
    public WebhookAttempt {
        Objects.requireNonNull(at, "at");
    }

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
