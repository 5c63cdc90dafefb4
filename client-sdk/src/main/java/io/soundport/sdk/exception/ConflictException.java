package io.soundport.sdk.exception;

import io.soundport.sdk.ResponseMetadata;

import java.util.List;

/** The request conflicts with the current state (409 {@code CONFLICT}): a duplicate, a wrong status, an {@code Idempotency-Key} reused with another body. */
public class ConflictException extends SoundportException {
    private static final long serialVersionUID = 1L;

    /**
     * An error as the API answered it.
     *
     * @param status    the HTTP status
     * @param code      the API's error code
     * @param message   the API's message
     * @param details   what is wrong with which field
     * @param requestId the id of the failed request
     */
    public ConflictException(int status, String code, String message, List<ErrorDetail> details, String requestId) {
        this(status, code, message, details, requestId, null);
    }

    /**
     * An error as the API answered it, with the answer's status and headers.
     *
     * @param status    the HTTP status
     * @param code      the API's error code
     * @param message   the API's message
     * @param details   what is wrong with which field
     * @param requestId the id of the failed request
     * @param response  the answer's metadata, or null
     */
    public ConflictException(int status, String code, String message, List<ErrorDetail> details, String requestId,
                             ResponseMetadata response) {
        super(status, code, message, details, requestId, null, response);
    }
}
