package io.soundport.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.soundport.sdk.exception.AuthenticationException;
import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.ErrorDetail;
import io.soundport.sdk.exception.IntegrationException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.OrganizationSuspendedException;
import io.soundport.sdk.exception.PermissionException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.RateLimitException;
import io.soundport.sdk.exception.ReconnectRequiredException;
import io.soundport.sdk.exception.ServerException;
import io.soundport.sdk.exception.ServiceUnavailableException;
import io.soundport.sdk.exception.SoundportException;
import io.soundport.sdk.exception.ValidationException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Turns an error answer (the envelope {@code {"error":{...}}}, or whatever a proxy sent) into an exception. */
final class Errors {
    private Errors() {
    }

    /**
     * The exception for an error answer.
     *
     * @param response the answer's status and headers
     * @param body     the answer's body
     * @param note     said after the API's message (why the client stopped retrying), or null
     */
    static SoundportException of(ResponseMetadata response, String body, String note) {
        int status = response.status();
        String code = null;
        String message = null;
        String requestId = response.requestId();
        List<ErrorDetail> details = new ArrayList<>();
        try {
            JsonNode error = body == null || body.isBlank() ? null : Json.MAPPER.readTree(body).get("error");
            if (error != null && error.isObject()) {
                code = text(error, "code");
                message = text(error, "message");
                String id = text(error, "request_id");
                requestId = id != null ? id : requestId;
                for (JsonNode d : error.path("details")) {
                    details.add(new ErrorDetail(text(d, "field"), text(d, "message")));
                }
            }
        } catch (Exception e) {
            // not the API's envelope (a proxy's page, say): the status says enough
        }
        if (message == null) {
            message = "HTTP " + status + " without an error body from the API";
        }
        if (note != null) {
            message = message + " (" + note + ")";
        }
        String c = code != null ? code : codeFor(status);
        return switch (c) {
            case "VALIDATION_ERROR", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "NOT_ACCEPTABLE", "URI_TOO_LONG",
                 "REQUEST_HEADER_FIELDS_TOO_LARGE" ->
                    new ValidationException(status, c, message, details, requestId, response);
            case "AUTHENTICATION_ERROR" -> new AuthenticationException(status, c, message, details, requestId, response);
            case "AUTHORIZATION_ERROR" -> new PermissionException(status, c, message, details, requestId, response);
            case "ORGANIZATION_SUSPENDED" ->
                    new OrganizationSuspendedException(status, c, message, details, requestId, response);
            case "NOT_FOUND" -> new NotFoundException(status, c, message, details, requestId, response);
            case "CONFLICT" -> new ConflictException(status, c, message, details, requestId, response);
            case "RECONNECT_REQUIRED" ->
                    new ReconnectRequiredException(status, c, message, details, requestId, response);
            case "PRECONDITION_FAILED" ->
                    new PreconditionFailedException(status, c, message, details, requestId, response);
            case "RATE_LIMIT_EXCEEDED" ->
                    new RateLimitException(status, c, message, details, requestId, response.retryAfter(), response);
            case "INTEGRATION_ERROR" -> new IntegrationException(status, c, message, details, requestId, response);
            case "SERVICE_UNAVAILABLE" ->
                    new ServiceUnavailableException(status, c, message, details, requestId, response);
            case "SERVER_ERROR" -> new ServerException(status, c, message, details, requestId, response);
            default -> status >= 500 ? new ServerException(status, c, message, details, requestId, response)
                    : new SoundportException(status, c, message, details, requestId, null, response);
        };
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "VALIDATION_ERROR";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 431 -> "REQUEST_HEADER_FIELDS_TOO_LARGE";
            case 401 -> "AUTHENTICATION_ERROR";
            case 403 -> "AUTHORIZATION_ERROR";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 409 -> "CONFLICT";
            case 412 -> "PRECONDITION_FAILED";
            case 429 -> "RATE_LIMIT_EXCEEDED";
            case 502 -> "INTEGRATION_ERROR";
            case 503, 504 -> "SERVICE_UNAVAILABLE";
            default -> status >= 500 ? "SERVER_ERROR" : "HTTP_" + status;
        };
    }

    /** {@code Retry-After} as seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (RuntimeException notADate) {
                return null;
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
