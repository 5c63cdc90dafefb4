package io.soundport.adapters.rest.http;

import io.soundport.domain.shared.ErrorCode;

/**
 * The {@code code} of the error envelope and the HTTP status that goes with it: every {@link ErrorCode} of the
 * core under the same name, plus the codes only HTTP has (a wrong method, an answer the client does not accept, a
 * body that is not JSON, a URL or headers too long to read).
 */
enum EnvelopeCode {
    VALIDATION_ERROR(400, "The request is not valid"),
    AUTHENTICATION_ERROR(401, "Authentication is required: send a Bearer access token or an X-API-Key"),
    AUTHORIZATION_ERROR(403, "You are not allowed to do this"),
    ORGANIZATION_SUSPENDED(403, "Your organization is suspended"),
    NOT_FOUND(404, "No such resource"),
    METHOD_NOT_ALLOWED(405, "This path does not take this HTTP method"),
    NOT_ACCEPTABLE(406, "This resource answers application/json only; accept it"),
    CONFLICT(409, "The request conflicts with the current state"),
    RECONNECT_REQUIRED(409, "The connection to the outside platform must be made again"),
    PRECONDITION_FAILED(412, "The resource changed since you read it"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    URI_TOO_LONG(414, "The URL is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Send the body as application/json"),
    RATE_LIMIT_EXCEEDED(429, "Too many requests"),
    REQUEST_HEADER_FIELDS_TOO_LARGE(431, "The request headers are too large"),
    SERVER_ERROR(500, "Something went wrong on our side; the request id helps us find it"),
    INTEGRATION_ERROR(502, "An upstream service failed"),
    SERVICE_UNAVAILABLE(503, "The service is unavailable right now; retry later");

    private final int status;
    private final String defaultMessage;

    EnvelopeCode(int status, String defaultMessage) {
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    /** The one mapping of the core's codes to the wire; no default, so a new ErrorCode does not compile unmapped. */
    static EnvelopeCode of(ErrorCode code) {
        return switch (code) {
            case VALIDATION_ERROR -> VALIDATION_ERROR;
            case AUTHENTICATION_ERROR -> AUTHENTICATION_ERROR;
            case AUTHORIZATION_ERROR -> AUTHORIZATION_ERROR;
            case ORGANIZATION_SUSPENDED -> ORGANIZATION_SUSPENDED;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> CONFLICT;
            case RECONNECT_REQUIRED -> RECONNECT_REQUIRED;
            case PRECONDITION_FAILED -> PRECONDITION_FAILED;
            case PAYLOAD_TOO_LARGE -> PAYLOAD_TOO_LARGE;
            case RATE_LIMIT_EXCEEDED -> RATE_LIMIT_EXCEEDED;
            case SERVER_ERROR -> SERVER_ERROR;
            case INTEGRATION_ERROR -> INTEGRATION_ERROR;
            case SERVICE_UNAVAILABLE -> SERVICE_UNAVAILABLE;
        };
    }

    /**
     * The code that goes with a status the framework chose; a status we never answer falls back by its class. Where
     * two codes share a status (403) the first, the general one, is the framework's.
     */
    static EnvelopeCode forStatus(int status) {
        for (EnvelopeCode code : values()) {
            if (code.status == status) {
                return code;
            }
        }
        return status >= 500 ? SERVER_ERROR : VALIDATION_ERROR;
    }

    int status() {
        return status;
    }

    /** A message for this code when nobody gave one worth showing. */
    String defaultMessage() {
        return defaultMessage;
    }
}
