package io.soundport.adapters.rest.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Refuses a query or path parameter that holds a character this API does not take ({@link TextInput}), for every
 * operation, with a 400 naming the parameter, before a handler or a store sees it. After authentication, so a
 * caller without credentials still learns that first.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class TextParametersFilter implements Ordered {

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        for (String name : request.getParameters().names()) {
            String problem = TextInput.problem(name);
            if (problem != null) {
                return ErrorResponses.invalid(request, "query", "a parameter name " + problem);
            }
            for (String value : request.getParameters().getAll(name)) {
                problem = TextInput.problem(value);
                if (problem != null) {
                    return ErrorResponses.invalid(request, name, problem);
                }
            }
        }
        if (RouteAttributes.getRouteMatch(request).orElse(null) instanceof UriRouteMatch<?, ?> route) {
            for (Map.Entry<String, Object> variable : route.getVariableValues().entrySet()) {
                String problem = variable.getValue() == null ? null : pathProblem(variable.getValue().toString());
                if (problem != null) {
                    return ErrorResponses.invalid(request, variable.getKey(), problem);
                }
            }
        }
        return null;
    }

    /** A path variable as the router kept it, and percent-decoded, in case the router kept it encoded. */
    private static String pathProblem(String value) {
        String problem = TextInput.problem(value);
        if (problem != null || value.indexOf('%') < 0) {
            return problem;
        }
        try {
            return TextInput.problem(URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notEncoded) {
            return null;
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
