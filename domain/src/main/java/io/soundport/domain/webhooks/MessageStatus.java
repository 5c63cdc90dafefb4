package io.soundport.domain.webhooks;

/** PENDING (queued or retrying) → SUCCEEDED, or FAILED after the last attempt; a replay makes it PENDING again. */
public enum MessageStatus {
    PENDING, SUCCEEDED, FAILED
}
