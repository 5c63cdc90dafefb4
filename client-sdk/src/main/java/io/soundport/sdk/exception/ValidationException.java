package io.soundport.sdk.exception;

import io.soundport.sdk.ResponseMetadata;

import java.util.List;

/** The request is not valid (400 {@code VALIDATION_ERROR}, also 413 and 415): {@link #details()} names the fields. */
public class ValidationException extends SoundportException {
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
    public ValidationException(int status, String code, String message, List<ErrorDetail> details, String requestId) {
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
    public ValidationException(int status, String code, String message, List<ErrorDetail> details, String requestId,
                               ResponseMetadata response) {
        super(status, code, message, details, requestId, null, response);
    }
}
