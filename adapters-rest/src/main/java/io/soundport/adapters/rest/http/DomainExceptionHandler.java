package io.soundport.adapters.rest.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/** A business rejection from the core, in the envelope, with the status its code names. */
@Produces
@Singleton
@Requires(classes = {DomainException.class, ExceptionHandler.class})
final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(DomainExceptionHandler.class);
    /** What an outage that names no wait of its own asks a client to wait. */
    private static final Duration OUTAGE_RETRY_AFTER = Duration.ofSeconds(5);

    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainException exception) {
        Optional<Duration> retryAfter = exception.retryAfter();
        if (exception.code() == ErrorCode.SERVICE_UNAVAILABLE) {
            LOG.warn("{} {} unavailable: {}", request.getMethod(), Routes.template(request),
                    exception.getMessage());
            retryAfter = retryAfter.or(() -> Optional.of(OUTAGE_RETRY_AFTER));
        }
        MutableHttpResponse<?> response = ErrorResponses.of(request, exception.code(), exception.getMessage(),
                exception.details());
        retryAfter.ifPresent(wait ->
                response.header("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))));
        return response;
    }
}
