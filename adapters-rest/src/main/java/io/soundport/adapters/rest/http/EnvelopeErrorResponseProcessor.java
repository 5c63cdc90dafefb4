package io.soundport.adapters.rest.http;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * The framework's own errors (unknown route, wrong method, unreadable body, constraint violations, security
 * rejections, uncaught exceptions) in the same envelope as the core's.
 */
@Primary
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class EnvelopeErrorResponseProcessor implements ErrorResponseProcessor<ErrorEnvelope> {

    @Override
    public MutableHttpResponse<ErrorEnvelope> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        EnvelopeCode code = EnvelopeCode.forStatus(base.code());
        if (code == EnvelopeCode.PAYLOAD_TOO_LARGE) {
            code = tooLarge(context.getRequest());
            base.status(HttpStatus.valueOf(code.status()));
        }
        List<ErrorEnvelope.Detail> details = new ArrayList<>();
        String message = null;
        for (Error error : context.getErrors()) {
            if (error.getPath().isPresent() && isMissingBody(error)) {
                // an empty (or null) body is not a field of the body: say what is wanted instead of "/body"
                message = message == null ? "The request needs a JSON body" : message;
            } else if (error.getPath().isPresent()) {
                details.add(new ErrorEnvelope.Detail(fieldName(error.getPath().get()), clean(error.getMessage())));
            } else if (message == null && code != EnvelopeCode.SERVER_ERROR) {
                message = clean(error.getMessage());
            }
        }
        if (message != null && message.startsWith("Invalid JSON")) {
            message = "The body is not valid JSON" + location(message);
        } else if (message != null && message.equalsIgnoreCase(base.reason())) {
            message = null;
        }
        if (message == null || message.isBlank()) {
            message = details.isEmpty() ? code.defaultMessage()
                    : details.size() == 1 ? "Invalid " + details.get(0).field() + ": " + details.get(0).message()
                    : "The request has " + details.size() + " invalid fields";
        }
        if (code == EnvelopeCode.NOT_FOUND && details.isEmpty() && "Page Not Found".equalsIgnoreCase(message)) {
            message = "No such route: " + context.getRequest().getMethod() + " " + context.getRequest().getPath();
        }
        String requestId = RequestIds.of(context.getRequest());
        base.getHeaders().set(RequestIds.HEADER, requestId);
        ErrorResponses.challenge(base);
        return base.contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ErrorEnvelope(new ErrorEnvelope.Body(code.name(), message, details, requestId)));
    }

    /**
     * The framework answers 413 to every request Netty could not read for a size limit; only the body's is a 413.
     * A request line longer than the limit is a 414, headers larger than theirs a 431.
     */
    private static EnvelopeCode tooLarge(HttpRequest<?> request) {
        Throwable cause = request instanceof NettyHttpRequest<?> netty
                ? netty.getNativeRequest().decoderResult().cause() : null;
        if (cause instanceof TooLongHttpLineException) {
            return EnvelopeCode.URI_TOO_LONG;
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return EnvelopeCode.REQUEST_HEADER_FIELDS_TOO_LARGE;
        }
        return EnvelopeCode.PAYLOAD_TOO_LARGE;
    }

    private static boolean isMissingBody(Error error) {
        String path = error.getPath().get();
        return (path.equals("/body") || path.equals("body"))
                && error.getMessage() != null && error.getMessage().startsWith("Required Body");
    }

    /** {@code create.body.durationMs} → {@code duration_ms}; {@code body.tracks[0].isrc} → {@code tracks[0].isrc}. */
    static String fieldName(String path) {
        String[] parts = path.split("\\.");
        int start = 0;
        while (start < parts.length - 1 && (start == 0 || parts[start].equals("body") || parts[start].equals("request"))) {
            start++;
            if (start < parts.length - 1 && (parts[start].equals("body") || parts[start].equals("request"))) {
                continue;
            }
            break;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < parts.length; i++) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(FieldNames.wire(parts[i]));
        }
        return sb.toString();
    }

    /** Jackson's "line: 1, column: 10" as " (line 1, column 10)"; nothing else of its message. */
    private static String location(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line: (\\d+), column: (\\d+)").matcher(message);
        return m.find() ? " (line " + m.group(1) + ", column " + m.group(2) + ")" : "";
    }

    private static String clean(String message) {
        if (message == null) {
            return null;
        }
        // framework messages sometimes name our classes; callers need none of that
        return message.replaceAll("io\\.soundport\\.[\\w.$]+", "request").strip();
    }
}
