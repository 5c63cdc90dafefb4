package io.soundport.adapters.rest.http;

import io.micronaut.http.HttpRequest;
import io.soundport.domain.shared.ErrorCode;

import java.util.List;

/**
 * The HTTP status and envelope code of a core error, for an answer that is not an HTTP response in the envelope (an
 * HTML page, a WebSocket frame).
 */
public final class ErrorStatuses {
    private ErrorStatuses() {
    }

    public static int statusOf(ErrorCode code) {
        return EnvelopeCode.of(code).status();
    }

    /** The {@code code} the envelope would carry. */
    public static String codeOf(ErrorCode code) {
        return EnvelopeCode.of(code).name();
    }

    /**
     * The envelope's {@code error} object for a core error met outside an HTTP response (a WebSocket frame): the
     * code, the message in the API's field names, no details, the request id of {@code request} (the upgrade).
     */
    public static Object errorBody(HttpRequest<?> request, ErrorCode code, String message) {
        EnvelopeCode envelope = EnvelopeCode.of(code);
        return new ErrorEnvelope.Body(envelope.name(), message == null ? envelope.defaultMessage()
                : FieldNames.inMessage(message), List.of(), RequestIds.of(request));
    }
}
