package io.soundport.sdk.exception;

import io.soundport.sdk.ResponseMetadata;

import java.util.List;
import java.util.Objects;

/**
 * An error answered by the Soundport API, or a failure to reach it. Unchecked, as every exception of this SDK; catch a
 * subclass for one kind of error ({@link ValidationException}, {@link NotFoundException}, ...) or this class for all.
 */
public class SoundportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status, 0 when no answer came. */
    private final int status;
    /** The API's error code. */
    private final String code;
    /** What is wrong with which field; left out of the serial form, where it reads as empty. */
    private final transient List<ErrorDetail> details;
    /** The id of the failed request. */
    private final String requestId;
    /** The answer's status and headers; left out of the serial form, where it reads as null. */
    private final transient ResponseMetadata response;

    /**
     * An error with everything the API said about it.
     *
     * @param status    the HTTP status, 0 when no response came
     * @param code      the API's error code, such as {@code VALIDATION_ERROR}; null when no response came
     * @param message   the API's message
     * @param details   what is wrong with which field; empty when the error is not about fields
     * @param requestId the {@code X-Request-Id} of the failed request, to quote to support; null when unknown
     * @param cause     the underlying failure, or null
     */
    public SoundportException(int status, String code, String message, List<ErrorDetail> details, String requestId,
                              Throwable cause) {
        this(status, code, message, details, requestId, cause, null);
    }

    /**
     * An error with everything the API said about it, and the answer's status and headers.
     *
     * @param status    the HTTP status, 0 when no response came
     * @param code      the API's error code, such as {@code VALIDATION_ERROR}; null when no response came
     * @param message   the API's message
     * @param details   what is wrong with which field; empty when the error is not about fields
     * @param requestId the {@code X-Request-Id} of the failed request, to quote to support; null when unknown
     * @param cause     the underlying failure, or null
     * @param response  the answer's metadata; null when no response came
     */
    public SoundportException(int status, String code, String message, List<ErrorDetail> details, String requestId,
                              Throwable cause, ResponseMetadata response) {
        super(message, cause);
        this.response = response;
        this.status = status;
        this.code = code;
        this.details = details == null ? List.of() : List.copyOf(details);
        this.requestId = requestId;
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the status, or 0 when no answer came
     */
    public int status() {
        return status;
    }

    /**
     * The API's error code.
     *
     * @return a code such as {@code VALIDATION_ERROR} or {@code CONFLICT}; null when no answer came
     */
    public String code() {
        return code;
    }

    /**
     * Field by field, what is wrong with the request.
     *
     * @return the details, never null
     */
    public List<ErrorDetail> details() {
        return details == null ? List.of() : details;
    }

    /**
     * The message the API gave for one field.
     *
     * @param field a field name as sent, such as {@code upc}
     * @return the message, or null when that field is not named
     */
    public String detail(String field) {
        return details().stream().filter(d -> Objects.equals(d.field(), field)).map(ErrorDetail::message)
                .findFirst().orElse(null);
    }

    /**
     * The id the server gave the failed request.
     *
     * @return the request id, or null when no answer came
     */
    public String requestId() {
        return requestId;
    }

    /**
     * The status and headers of the answer that caused this error: its ETag, rate-limit headers, {@code Retry-After}
     * and any other header.
     *
     * @return the metadata, or null when no answer came (a connection failure, a deadline that passed)
     */
    public ResponseMetadata response() {
        return response;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append(": ");
        if (status > 0) {
            sb.append(status).append(' ').append(code).append(' ');
        }
        sb.append(getMessage());
        if (!details().isEmpty()) {
            sb.append(' ').append(details());
        }
        if (requestId != null) {
            sb.append(" (request ").append(requestId).append(')');
        }
        return sb.toString();
    }
}
