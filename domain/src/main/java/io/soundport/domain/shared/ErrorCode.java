package io.soundport.domain.shared;

/**
 * Why the core refused or failed a request, in business terms. Each edge decides what a code means in its
 * transport (the REST adapter gives each one an HTTP status); the core knows no status numbers.
 */
public enum ErrorCode {
    VALIDATION_ERROR,
    AUTHENTICATION_ERROR,
    AUTHORIZATION_ERROR,
    /** The caller's organization is suspended by a platform operator: nothing is done for it until reinstated. */
    ORGANIZATION_SUSPENDED,
    NOT_FOUND,
    CONFLICT,
    /** A user's connection to an outside platform was refused by it (revoked, expired): they must connect again. */
    RECONNECT_REQUIRED,
    /** The caller's copy is stale: the aggregate changed since it was read. */
    PRECONDITION_FAILED,
    /** An input is larger than the platform takes. */
    PAYLOAD_TOO_LARGE,
    RATE_LIMIT_EXCEEDED,
    SERVER_ERROR,
    INTEGRATION_ERROR,
    SERVICE_UNAVAILABLE
}
