package io.soundport.adapters.rest.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.soundport.application.identity.Authenticator;
import io.soundport.domain.identity.Caller;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Authenticates {@code X-API-Key}. A key that is unknown, revoked or expired authenticates nobody (401 follows),
 * and nothing says which. A key the authenticator's cache holds is answered at once, on the event loop; only a key
 * it does not hold leaves for the blocking pool, as its lookup may reach the database.
 */
@Singleton
final class ApiKeyAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    static final String HEADER = "X-API-Key";
    static final String CALLER = "soundport.caller";

    private final Authenticator authenticator;
    private final ExecutorService blocking;

    public ApiKeyAuthenticationFetcher(Authenticator authenticator, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.authenticator = authenticator;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String key = request.getHeaders().get(HEADER);
        if (key == null) {
            return Publishers.empty();
        }
        Authenticator.CachedKey cached = authenticator.cachedApiKey(key);
        if (cached instanceof Authenticator.CachedKey.Known known) {
            return Publishers.just(authentication(known.caller()));
        }
        if (cached instanceof Authenticator.CachedKey.Refused) {
            return Publishers.empty();
        }
        CompletableFuture<Authentication> lookup = CompletableFuture.supplyAsync(
                () -> authenticator.apiKey(key).map(ApiKeyAuthenticationFetcher::authentication).orElse(null), blocking);
        return Publishers.fromCompletableFuture(lookup);
    }

    private static Authentication authentication(Caller caller) {
        return Authentication.build(caller.apiKeyId().value(), Map.of(CALLER, caller));
    }
}
