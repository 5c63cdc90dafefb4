package io.soundport.sdk.exception;

import java.util.List;

/**
 * A webhook that must not be trusted: a missing header, a timestamp outside the tolerance, or no signature that
 * matches the payload and the secret.
 */
public class WebhookVerificationException extends SoundportException {
    private static final long serialVersionUID = 1L;

    /**
     * A refused webhook.
     *
     * @param message why it was refused
     */
    public WebhookVerificationException(String message) {
        super(0, null, message, List.of(), null, null);
    }
}
