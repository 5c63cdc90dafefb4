package io.soundport.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.soundport.domain.shared.DomainException;

/**
 * The errors a client can cause at will, each routed to its handler as a global error route. Without a route
 * Micronaut finds the handler on every error by searching all bean definitions for the closest
 * {@code ExceptionHandler}, uncached: about 0.7 ms of CPU per answer, so that a 404 or a 401 cost three times a
 * 200 and a flood of unknown ids or missing credentials was the cheapest way to load the server. Micronaut looks
 * for an error route before it searches. The handlers stay where they are; this only finds them once. An error route
 * takes the failed route's place on the request; each puts that back ({@link Routes#restore}) for metrics and logs.
 */
@Controller
final class ErrorRoutes {
    private final DomainExceptionHandler domain;
    private final ExceptionHandler<AuthorizationException, ?> authorization;
    private final JsonErrorHandler.Processing json;
    private final JsonErrorHandler.Codec codec;
    private final JsonErrorHandler.Conversion conversion;

    ErrorRoutes(DomainExceptionHandler domain, ExceptionHandler<AuthorizationException, ?> authorization,
                JsonErrorHandler.Processing json, JsonErrorHandler.Codec codec,
                JsonErrorHandler.Conversion conversion) {
        this.domain = domain;
        this.authorization = authorization;
        this.json = json;
        this.codec = codec;
        this.conversion = conversion;
    }

    /** A rejection from the core: 4xx with its code, or 503 for an outage. */
    @Error(global = true, exception = DomainException.class)
    Object domain(HttpRequest<?> request, DomainException exception) {
        return answer(request, domain, exception);
    }

    /** No credentials, credentials refused (401), or a caller without the right (403). */
    @Error(global = true, exception = AuthorizationException.class)
    Object authorization(HttpRequest<?> request, AuthorizationException exception) {
        return answer(request, authorization, exception);
    }

    @Error(global = true, exception = JsonProcessingException.class)
    Object json(HttpRequest<?> request, JsonProcessingException exception) {
        return answer(request, json, exception);
    }

    @Error(global = true, exception = CodecException.class)
    Object codec(HttpRequest<?> request, CodecException exception) {
        return answer(request, codec, exception);
    }

    @Error(global = true, exception = ConversionErrorException.class)
    Object conversion(HttpRequest<?> request, ConversionErrorException exception) {
        return answer(request, conversion, exception);
    }

    /** Puts back the route that failed ({@link Routes#restore}), then lets the handler answer. */
    private static <E extends Throwable> Object answer(HttpRequest<?> request, ExceptionHandler<E, ?> handler,
                                                       E exception) {
        Routes.restore(request);
        return handler.handle(request, exception);
    }
}
