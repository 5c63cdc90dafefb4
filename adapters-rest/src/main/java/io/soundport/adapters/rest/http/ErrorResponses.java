package io.soundport.adapters.rest.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;

import java.util.List;

/** Builds responses in the error envelope. */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    public static MutableHttpResponse<ErrorEnvelope> of(HttpRequest<?> request, ErrorCode code, String message,
                                                        List<FieldError> details) {
        List<ErrorEnvelope.Detail> body = details.stream()
                .map(d -> new ErrorEnvelope.Detail(d.field(), d.message()))
                .toList();
        MutableHttpResponse<ErrorEnvelope> response = HttpResponse.<ErrorEnvelope>status(HttpStatus.valueOf(code.httpStatus()))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ErrorEnvelope(new ErrorEnvelope.Body(code.name(), message, body, RequestIds.of(request))));
        response.getHeaders().set(RequestIds.HEADER, RequestIds.of(request));
        challenge(response);
        return response;
    }

    /** A 401 says how to authenticate (RFC 9110): a bearer token or an API key. */
    static void challenge(MutableHttpResponse<?> response) {
        if (response.code() == 401) {
            response.getHeaders().set("WWW-Authenticate", "Bearer realm=\"soundport\", ApiKey header=\"X-API-Key\"");
        }
    }

    /** The code that goes with a status the framework chose. */
    public static ErrorCode codeFor(int status) {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.httpStatus() == status) {
                return code;
            }
        }
        return status >= 500 ? ErrorCode.SERVER_ERROR : ErrorCode.VALIDATION_ERROR;
    }

    /** A message for a status when the framework gave none worth showing. */
    public static String defaultMessage(ErrorCode code) {
        return switch (code) {
            case VALIDATION_ERROR -> "The request is not valid";
            case AUTHENTICATION_ERROR -> "Authentication is required: send a Bearer access token or an X-API-Key";
            case AUTHORIZATION_ERROR -> "You are not allowed to do this";
            case NOT_FOUND -> "No such resource";
            case METHOD_NOT_ALLOWED -> "This path does not take this HTTP method";
            case CONFLICT -> "The request conflicts with the current state";
            case PRECONDITION_FAILED -> "The resource changed since you read it";
            case PAYLOAD_TOO_LARGE -> "The request body is too large";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            case RATE_LIMIT_EXCEEDED -> "Too many requests";
            case INTEGRATION_ERROR -> "An upstream service failed";
            case SERVICE_UNAVAILABLE -> "The service is unavailable right now; retry later";
            case SERVER_ERROR -> "Something went wrong on our side; the request id helps us find it";
        };
    }
}
