package io.soundport.sdk.exception;

import io.soundport.sdk.ResponseMetadata;

import java.time.Duration;
import java.util.List;

/** Too many requests (429 {@code RATE_LIMIT_EXCEEDED}), still refused after the client's own retries. */
public class RateLimitException extends SoundportException {
    private static final long serialVersionUID = 1L;

    /** How long the server asked to wait. */
    private final Duration retryAfter;

    /**
     * An error as the API answered it.
     *
     * @param status     the HTTP status
     * @param code       the API's error code
     * @param message    the API's message
     * @param details    what is wrong with which field
     * @param requestId  the id of the failed request
     * @param retryAfter how long the server asked to wait ({@code Retry-After}), or null
     */
    public RateLimitException(int status, String code, String message, List<ErrorDetail> details, String requestId,
                              Duration retryAfter) {
        this(status, code, message, details, requestId, retryAfter, null);
    }

    /**
     * An error as the API answered it, with the answer's status and headers.
     *
     * @param status     the HTTP status
     * @param code       the API's error code
     * @param message    the API's message
     * @param details    what is wrong with which field
     * @param requestId  the id of the failed request
     * @param retryAfter how long the server asked to wait ({@code Retry-After}), or null
     * @param response   the answer's metadata, or null
     */
    public RateLimitException(int status, String code, String message, List<ErrorDetail> details, String requestId,
                              Duration retryAfter, ResponseMetadata response) {
        super(status, code, message, details, requestId, null, response);
        this.retryAfter = retryAfter;
    }

    /**
     * How long to wait before trying again.
     *
     * @return the server's {@code Retry-After}, or null when it named none
     */
    public Duration retryAfter() {
        return retryAfter;
    }
}
