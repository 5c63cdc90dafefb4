package io.soundport.domain.shared;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A business rejection: a code the edge turns into a status, a message safe to show to the caller,
 * and, for validation, the fields at fault. Never carries a secret.
 */
public class DomainException extends RuntimeException {
    private final ErrorCode code;
    private final List<FieldError> details;
    private final Duration retryAfter;

    public DomainException(ErrorCode code, String message, List<FieldError> details) {
        this(code, message, details, null);
    }

    private DomainException(ErrorCode code, String message, List<FieldError> details, Duration retryAfter) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.details = List.copyOf(details);
        this.retryAfter = retryAfter;
    }

    public DomainException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> details() {
        return details;
    }

    /** When the same request may be sent again with a chance to succeed; empty when only a change would help. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(ErrorCode.VALIDATION_ERROR, "Invalid " + field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static DomainException invalid(List<FieldError> errors) {
        String message = errors.size() == 1
                ? "Invalid " + errors.get(0).field() + ": " + errors.get(0).message()
                : "The request has " + errors.size() + " invalid fields";
        return new DomainException(ErrorCode.VALIDATION_ERROR, message, errors);
    }

    public static DomainException notFound(String resource, String id) {
        return new DomainException(ErrorCode.NOT_FOUND, resource + " " + id + " does not exist");
    }

    public static DomainException conflict(String message) {
        return new DomainException(ErrorCode.CONFLICT, message);
    }

    /** A CONFLICT with a request still running: the same request, sent again after {@code retryAfter}, may pass. */
    public static DomainException busy(String message, Duration retryAfter) {
        return new DomainException(ErrorCode.CONFLICT, message, List.of(),
                Objects.requireNonNull(retryAfter, "retryAfter"));
    }

    /** Too many requests: the same request may pass after {@code retryAfter}. */
    public static DomainException rateLimited(String message, Duration retryAfter) {
        return new DomainException(ErrorCode.RATE_LIMIT_EXCEEDED, message, List.of(),
                Objects.requireNonNull(retryAfter, "retryAfter"));
    }

    public static DomainException conflict(String message, String field) {
        return new DomainException(ErrorCode.CONFLICT, message, List.of(new FieldError(field, message)));
    }

    public static DomainException staleVersion(String resource, String id) {
        return staleVersion(resource + " " + id);
    }

    /** {@code subject} names the resource and its id: {@code "Release rel_01J..."}. */
    public static DomainException staleVersion(String subject) {
        return new DomainException(ErrorCode.PRECONDITION_FAILED,
                subject + " was changed by someone else; read it again and retry");
    }

    public static DomainException unauthenticated(String message) {
        return new DomainException(ErrorCode.AUTHENTICATION_ERROR, message);
    }

    public static DomainException forbidden(String message) {
        return new DomainException(ErrorCode.AUTHORIZATION_ERROR, message);
    }

    public static DomainException unavailable(String message) {
        return new DomainException(ErrorCode.SERVICE_UNAVAILABLE, message);
    }

    /** Unavailable for now: the same request may pass after {@code retryAfter} (an outside service's breaker is open). */
    public static DomainException unavailable(String message, Duration retryAfter) {
        return new DomainException(ErrorCode.SERVICE_UNAVAILABLE, message, List.of(),
                Objects.requireNonNull(retryAfter, "retryAfter"));
    }

    /** An outside service failed or answered what cannot be used; the message names the service. */
    public static DomainException integration(String message) {
        return new DomainException(ErrorCode.INTEGRATION_ERROR, message);
    }

    /** The user's connection to {@code provider} no longer works there: they must connect again. */
    public static DomainException reconnectRequired(String provider) {
        return new DomainException(ErrorCode.RECONNECT_REQUIRED,
                "Your " + provider + " connection was refused by " + provider + "; connect it again");
    }
}
