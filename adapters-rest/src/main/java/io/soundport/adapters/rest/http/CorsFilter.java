package io.soundport.adapters.rest.http;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.soundport.domain.shared.ErrorCode;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin access for browser apps, from the origins named in {@code ALLOWED_ORIGINS} only (none by default:
 * browsers then keep other sites' pages out). A preflight from an allowed origin is answered here, before
 * authentication; one from another origin gets 403 in the envelope.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CorsFilter implements Ordered {
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-API-Key, Idempotency-Key, If-Match, "
            + "If-None-Match, X-Request-Id";
    static final String EXPOSED_HEADERS = "ETag, Location, X-Request-Id, Idempotent-Replayed, Retry-After, "
            + "WWW-Authenticate, Cover-Art, Cover-Art-Message";
    private static final String METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

    private final Set<String> allowed;

    public CorsFilter(@Nullable @Property(name = "soundport.cors.allowed-origins") String allowedOrigins) {
        this.allowed = allowedOrigins == null ? Set.of() : Arrays.stream(allowedOrigins.split(","))
                .map(String::strip).filter(o -> !o.isEmpty()).map(o -> o.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Answers a preflight (OPTIONS with Origin and Access-Control-Request-Method); lets anything else through. */
    @RequestFilter
    @Nullable
    public HttpResponse<?> preflight(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (request.getMethod() != HttpMethod.OPTIONS || origin == null
                || request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) == null) {
            return null;
        }
        if (!allows(origin)) {
            return ErrorResponses.of(request, ErrorCode.AUTHORIZATION_ERROR,
                    "Origin " + origin + " is not allowed; the operator lists allowed origins in ALLOWED_ORIGINS", List.of());
        }
        return HttpResponse.ok()
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600")
                .header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }

    /** Lets an allowed origin read the answer and the headers it needs. */
    @ResponseFilter
    public void expose(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin != null && allows(origin) && !response.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)) {
            response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        }
    }

    private boolean allows(String origin) {
        return allowed.contains(origin.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
