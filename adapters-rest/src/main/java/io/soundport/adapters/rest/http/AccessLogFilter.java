package io.soundport.adapters.rest.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * One log line per answered request ({@code SOUNDPORT_ACCESS_LOG=true}; off by default, so that it costs nothing
 * then): method, route template, status and time taken. The template, never the path or the query, which may carry a
 * token. It runs inside the request's log context, so the line carries its request id, organization and trace.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "soundport.logging.access-log", value = "true")
final class AccessLogFilter implements Ordered {
    static final String LOGGER = "io.soundport.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final String STARTED = AccessLogFilter.class.getName() + ".started";

    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    public void log(HttpRequest<?> request, MutableHttpResponse<?> response) {
        long started = request.getAttribute(STARTED, Long.class).orElseGet(System::nanoTime);
        LOG.info("{} {} {} {} ms", request.getMethod(), Routes.template(request), response.code(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Last of the request filters, so that its answer side runs first, inside every log context opened before. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.LAST.order();
    }
}
