package io.soundport.sdk.exception;

import java.util.List;

/** Authenticated but not allowed (403 {@code AUTHORIZATION_ERROR}): a role or an API-key scope that does not cover the action. */
public class PermissionException extends SoundportException {
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
    public PermissionException(int status, String code, String message, List<ErrorDetail> details, String requestId) {
        super(status, code, message, details, requestId, null);
    }
}
