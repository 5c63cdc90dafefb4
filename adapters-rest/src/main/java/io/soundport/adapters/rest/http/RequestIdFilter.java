package io.soundport.adapters.rest.http;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Map;

/** Gives every request an id, echoes it in {@code X-Request-Id} and puts it into the log context (MDC). */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    /** The id travels with the request to whichever thread serves it, so every log line of it names it. */
    @RequestFilter
    public void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        Routes.remember(request); // the first filter: before any other can fail and bring in an error route
        context.add(new MdcPropagationContext(Map.of("request_id", RequestIds.of(request))));
    }

    @ResponseFilter
    public void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set(RequestIds.HEADER, RequestIds.of(request));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
