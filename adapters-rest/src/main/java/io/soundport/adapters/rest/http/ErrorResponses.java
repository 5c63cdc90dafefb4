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
final class ErrorResponses {
    private ErrorResponses() {
    }

    /** A rejection of the core: its code's status, its fields and message in the names of this API. */
    static MutableHttpResponse<ErrorEnvelope> of(HttpRequest<?> request, ErrorCode code, String message,
                                                 List<FieldError> details) {
        List<ErrorEnvelope.Detail> body = details.stream()
                .map(d -> new ErrorEnvelope.Detail(FieldNames.wire(d.field()), FieldNames.inProse(d.message())))
                .toList();
        String text = FieldNames.inMessage(message);
        if (details.size() == 1 && text != null && !body.get(0).message().equals(details.get(0).message())) {
            // the message repeats the one reason ("Invalid artist_id: give artistId or ..."): it reads as the detail
            text = text.replace(details.get(0).message(), body.get(0).message());
        }
        return of(request, EnvelopeCode.of(code), text, body);
    }

    static MutableHttpResponse<ErrorEnvelope> of(HttpRequest<?> request, EnvelopeCode code, String message,
                                                 List<ErrorEnvelope.Detail> details) {
        MutableHttpResponse<ErrorEnvelope> response = HttpResponse.<ErrorEnvelope>status(HttpStatus.valueOf(code.status()))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ErrorEnvelope(new ErrorEnvelope.Body(code.name(), message, details, RequestIds.of(request))));
        response.getHeaders().set(RequestIds.HEADER, RequestIds.of(request));
        challenge(response);
        return response;
    }

    /** A VALIDATION_ERROR on one field, named as the client sent it. */
    static MutableHttpResponse<ErrorEnvelope> invalid(HttpRequest<?> request, String field, String reason) {
        return of(request, EnvelopeCode.VALIDATION_ERROR, "Invalid " + field + ": " + reason,
                List.of(new ErrorEnvelope.Detail(field, reason)));
    }

    /** A 401 says how to authenticate (RFC 9110): a bearer token or an API key. */
    static void challenge(MutableHttpResponse<?> response) {
        if (response.code() == 401) {
            response.getHeaders().set("WWW-Authenticate", "Bearer realm=\"soundport\", ApiKey header=\"X-API-Key\"");
        }
    }
}
