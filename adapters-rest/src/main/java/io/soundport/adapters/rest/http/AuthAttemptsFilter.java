package io.soundport.adapters.rest.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.application.identity.AuthThrottle;
import io.soundport.domain.shared.DomainException;

/**
 * Counts the attempts at the credential endpoints that need no sign-in, per client address ({@link ClientAddresses})
 * and hour, and answers 429 {@code RATE_LIMIT_EXCEEDED} with {@code Retry-After} past the limit, before the handler
 * runs: registration, token refresh, e-mail verification (asking for a link and opening one) and API-key
 * verification. Sign-in is throttled in the core, per e-mail and address, on its outcome.
 */
@ServerFilter({SoundportApi.BASE + "/auth/register", SoundportApi.BASE + "/auth/refresh",
        SoundportApi.BASE + "/auth/verify-email", SoundportApi.BASE + "/auth/verify-email/*",
        SoundportApi.BASE + "/api-keys/verify"})
final class AuthAttemptsFilter implements Ordered {
    private final AuthThrottle throttle;
    private final ClientAddresses clientAddresses;
    private final DomainExceptionHandler errors;

    AuthAttemptsFilter(AuthThrottle throttle, ClientAddresses clientAddresses, DomainExceptionHandler errors) {
        this.throttle = throttle;
        this.clientAddresses = clientAddresses;
        this.errors = errors;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> count(HttpRequest<?> request) {
        AuthThrottle.Attempt attempt = attemptOf(request);
        if (attempt == null) {
            return null;
        }
        try {
            throttle.admit(attempt, clientAddresses.of(request));
            return null;
        } catch (DomainException refused) {
            return errors.handle(request, refused);
        }
    }

    private static AuthThrottle.Attempt attemptOf(HttpRequest<?> request) {
        String path = request.getPath();
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.POST) {
            if (path.endsWith("/auth/register")) {
                return AuthThrottle.Attempt.REGISTRATION;
            }
            if (path.endsWith("/auth/refresh")) {
                return AuthThrottle.Attempt.REFRESH;
            }
            if (path.endsWith("/auth/verify-email")) {
                return AuthThrottle.Attempt.EMAIL_VERIFICATION;
            }
            if (path.endsWith("/api-keys/verify")) {
                return AuthThrottle.Attempt.KEY_VERIFICATION;
            }
        }
        return method == HttpMethod.GET && path.contains("/auth/verify-email/")
                ? AuthThrottle.Attempt.EMAIL_VERIFICATION : null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
