package io.soundport.sdk.exception;

import io.soundport.sdk.ResponseMetadata;

import java.util.List;

/**
 * The signed-in user's connection to an outside platform (Spotify, Meta) was refused there, revoked or expired
 * (409 {@code RECONNECT_REQUIRED}): start connecting again with {@code integrations().connect(provider)}.
 */
public class ReconnectRequiredException extends ConflictException {
    private static final long serialVersionUID = 1L;

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
    public ReconnectRequiredException(int status, String code, String message, List<ErrorDetail> details,
                                      String requestId, ResponseMetadata response) {
        super(status, code, message, details, requestId, response);
    }
}
