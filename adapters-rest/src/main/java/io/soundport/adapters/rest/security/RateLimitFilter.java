package io.soundport.adapters.rest.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.scheduling.TaskExecutors;
import io.soundport.adapters.rest.http.ClientAddresses;
import io.soundport.application.platform.RateLimiter;
import io.soundport.application.platform.RateLimiter.Decision;
import io.soundport.application.platform.RateLimiter.Evaluation;
import io.soundport.domain.shared.DomainException;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * The request limits ({@link RateLimiter}): an authenticated request counts against its organization (and its API
 * key), a request without credentials against its client address. Every answer to a counted request carries
 * {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (epoch seconds) of the limit
 * that binds it most; past a limit the answer is 429 {@code RATE_LIMIT_EXCEEDED} with {@code Retry-After}, before
 * the handler runs. Health checks, metrics scrapes and CORS preflights are not counted.
 *
 * <p>Runs after authentication. Most requests are decided on the event loop from the quota this instance holds;
 * one that must reserve quota from the shared store (or read its organization's tier) is decided on the blocking
 * pool.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class RateLimitFilter implements HttpServerFilter {
    private final RateLimiter limiter;
    private final ClientAddresses clientAddresses;
    private final ExceptionHandler<DomainException, HttpResponse<?>> errors;
    private final ExecutorService blocking;

    RateLimitFilter(RateLimiter limiter, ClientAddresses clientAddresses,
                    ExceptionHandler<DomainException, HttpResponse<?>> errors,
                    @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.limiter = limiter;
        this.clientAddresses = clientAddresses;
        this.errors = errors;
        this.blocking = blocking;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!limiter.enabled() || exempt(request)) {
            return chain.proceed(request);
        }
        RateLimiter.Client client = Callers.rateLimitClient(request)
                .orElseGet(() -> RateLimiter.Client.anonymous(clientAddresses.of(request)));
        Evaluation evaluation = limiter.evaluate(client);
        Optional<Decision> decided = evaluation.tryDecide();
        if (decided.isPresent()) {
            return answer(request, chain, decided.get());
        }
        return Mono.fromFuture(CompletableFuture.supplyAsync(evaluation::decide, blocking))
                .flatMap(decision -> Mono.from(answer(request, chain, decision)));
    }

    private Publisher<MutableHttpResponse<?>> answer(HttpRequest<?> request, ServerFilterChain chain,
                                                     Decision decision) {
        if (!decision.admitted()) {
            MutableHttpResponse<?> refusal = (MutableHttpResponse<?>) errors.handle(request,
                    DomainException.rateLimited(message(decision), decision.retryAfter()));
            return Publishers.just(addHeaders(refusal, decision));
        }
        return Publishers.map(chain.proceed(request), response -> addHeaders(response, decision));
    }

    private static MutableHttpResponse<?> addHeaders(MutableHttpResponse<?> response, Decision decision) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("X-RateLimit-Limit", Long.toString(decision.limit()));
        headers.set("X-RateLimit-Remaining", Long.toString(decision.remaining()));
        headers.set("X-RateLimit-Reset", Long.toString(decision.resetAt().getEpochSecond()));
        return response;
    }

    private static String message(Decision decision) {
        long seconds = decision.retryAfter().toSeconds();
        return switch (decision.kind()) {
            case ORGANIZATION -> "This organization has made its " + decision.limit()
                    + " requests of the hour its tier allows; try again in " + seconds + " s";
            case API_KEY -> "This API key has made its " + decision.limit()
                    + " requests of the hour; try again in " + seconds + " s";
            case CLIENT_ADDRESS -> "Too many requests without credentials from your address (" + decision.limit()
                    + " an hour); try again in " + seconds + " s";
        };
    }

    private static boolean exempt(HttpRequest<?> request) {
        String path = request.getPath();
        return request.getMethod() == HttpMethod.OPTIONS || path.equals("/metrics") || path.equals("/health")
                || path.startsWith("/health/");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
