package io.soundport.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A body that is not JSON, JSON of the wrong shape, or text this API does not take ({@link TextInput}): 400 naming
 * the field when there is one.
 */
final class JsonErrorHandler {
    private JsonErrorHandler() {
    }

    static HttpResponse<?> respond(HttpRequest<?> request, Throwable error) {
        for (Throwable c = error; c != null; c = c.getCause()) {
            if (c instanceof CheckedJsonFactory.RefusedJsonException refused) {
                return ErrorResponses.invalid(request, refused.field(), refused.reason());
            }
        }
        Throwable cause = error;
        while (cause != null && !(cause instanceof JsonProcessingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String why = mapping instanceof InvalidFormatException || mapping instanceof MismatchedInputException
                    ? "has the wrong type" : "cannot be read";
            return ErrorResponses.invalid(request, field, why);
        }
        if (cause instanceof MismatchedInputException) {
            // well-formed JSON of the wrong shape at the top level, such as [] or "text"
            return ErrorResponses.of(request, EnvelopeCode.VALIDATION_ERROR, "The body must be a JSON object", List.of());
        }
        if (cause instanceof JsonProcessingException json) {
            String where = json.getLocation() == null ? ""
                    : " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
            return ErrorResponses.of(request, EnvelopeCode.VALIDATION_ERROR, "The body is not valid JSON" + where, List.of());
        }
        return ErrorResponses.of(request, EnvelopeCode.VALIDATION_ERROR, "The request could not be read", List.of());
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }

    /** Jackson's own exception when the body is unreadable. */
    @Produces
    @Singleton
    static final class Processing implements ExceptionHandler<JsonProcessingException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, JsonProcessingException exception) {
            return respond(request, exception);
        }
    }

    /** The codec's wrapper around it. */
    @Produces
    @Singleton
    static final class Codec implements ExceptionHandler<CodecException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, CodecException exception) {
            return respond(request, exception);
        }
    }

    /** A value that cannot be converted to the parameter's type (a body field, a query parameter). */
    @Produces
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    static final class Conversion implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
            boolean json = false;
            for (Throwable c = exception; c != null; c = c.getCause()) {
                json |= c instanceof JsonProcessingException;
            }
            if (json) {
                return respond(request, exception);
            }
            String field = FieldNames.wire(exception.getArgument().getName());
            return ErrorResponses.invalid(request, field, "has the wrong type");
        }
    }
}
