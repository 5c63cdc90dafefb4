package io.soundport.sdk.exception;

/**
 * A webhook that must not be trusted: a missing or repeated header, a timestamp outside the tolerance, no signature
 * that matches the payload and the secret, or a signed body that is not a Soundport event.
 * <p>
 * It is not a {@link SoundportException}: no request to the API failed, so there is no HTTP status, error code or
 * request id. It extends {@link RuntimeException} directly, so that a {@code catch (SoundportException e)} around API
 * calls does not swallow it; a receiver answers it with a 4xx of its own.
 */
public class WebhookVerificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A refused webhook.
     *
     * @param message why it was refused
     */
    public WebhookVerificationException(String message) {
        super(message);
    }

    /**
     * A refused webhook, with the failure that made it so.
     *
     * @param message why it was refused
     * @param cause   the underlying failure
     */
    public WebhookVerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
