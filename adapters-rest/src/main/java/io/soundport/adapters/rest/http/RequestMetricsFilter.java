package io.soundport.adapters.rest.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import io.micronaut.web.router.UriRouteInfo;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every request into {@code http.server.requests} (Prometheus: {@code http_server_requests_seconds_bucket},
 * {@code _count}, {@code _sum}), labelled with the route template ({@code uri="/api/v1/releases/{id}"}, never the
 * path with its ids), the method and the status. A path no route matches is {@code uri="UNMATCHED"}, so that
 * scanners probing random paths add one series, not one per path. {@code /metrics} is not timed: scrapes would
 * otherwise fill the histograms they read.
 *
 * <p>On the hot path: one timer per route, method and status, looked up by the route's identity in a map (no label
 * strings built per request), and explicit buckets rather than Micrometer's ~70-bucket percentile histogram.
 * Outermost filter, so that it also times and counts what other filters answer by themselves (401, 400, 429).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestMetricsFilter implements Ordered {
    static final String METRIC = "http.server.requests";
    static final String UNMATCHED = "UNMATCHED";
    /** The path of the scrape endpoint, which is not timed. */
    static final String SCRAPE_PATH = "/metrics";
    /** Upper bounds of the latency buckets: p50/p95/p99 are read from them, and the 1 s bound serves the p99 alert. */
    static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2_500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private static final String START = RequestMetricsFilter.class.getName() + ".start";
    private static final Object NO_ROUTE = new Object();

    /** A route by identity (route objects live as long as the router), a method and a status. */
    private record Key(Object route, HttpMethod method, int status) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.route == route && k.method == method && k.status == status;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(route) * 31 + method.ordinal()) * 1_009 + status;
        }
    }

    private final MeterRegistry registry;
    /** Empty for the scrape endpoint. */
    private final ConcurrentHashMap<Key, Optional<Timer>> timers = new ConcurrentHashMap<>();

    RequestMetricsFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @RequestFilter
    void start(HttpRequest<?> request) {
        request.setAttribute(START, System.nanoTime());
    }

    @ResponseFilter
    void stop(HttpRequest<?> request, HttpResponse<?> response) {
        Object start = request.getAttribute(START).orElse(null);
        if (!(start instanceof Long started)) {
            return;
        }
        RouteInfo<?> route = RouteAttributes.getRouteInfo(request).orElse(null);
        UriRouteInfo<?, ?> uriRoute = route instanceof UriRouteInfo<?, ?> u ? u : null;
        Key key = new Key(uriRoute == null ? NO_ROUTE : uriRoute, request.getMethod(), response.code());
        timers.computeIfAbsent(key, k -> timer(uriRoute, k))
                .ifPresent(timer -> timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
    }

    private Optional<Timer> timer(UriRouteInfo<?, ?> route, Key key) {
        String uri = route == null ? UNMATCHED : route.getUriMatchTemplate().toPathString();
        if (uri.equals(SCRAPE_PATH)) {
            return Optional.empty();
        }
        return Optional.of(Timer.builder(METRIC)
                .description("HTTP requests by route template, method and status")
                .tag("uri", uri)
                .tag("method", key.method().name())
                .tag("status", Integer.toString(key.status()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
