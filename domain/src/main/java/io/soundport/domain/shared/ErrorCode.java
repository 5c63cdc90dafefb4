package io.soundport.domain.shared;

/** The error codes of the platform; each one maps to exactly one HTTP status at the edge. */
public enum ErrorCode {
    VALIDATION_ERROR(400),
    AUTHENTICATION_ERROR(401),
    AUTHORIZATION_ERROR(403),
    NOT_FOUND(404),
    /** The path exists but not with this HTTP method. */
    METHOD_NOT_ALLOWED(405),
    CONFLICT(409),
    PRECONDITION_FAILED(412),
    PAYLOAD_TOO_LARGE(413),
    /** The body is not JSON (or not in a content type the endpoint takes). */
    UNSUPPORTED_MEDIA_TYPE(415),
    RATE_LIMIT_EXCEEDED(429),
    SERVER_ERROR(500),
    INTEGRATION_ERROR(502),
    SERVICE_UNAVAILABLE(503);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
