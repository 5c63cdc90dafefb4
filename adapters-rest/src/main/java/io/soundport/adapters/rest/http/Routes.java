package io.soundport.adapters.rest.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;

/** What a log line may say of a request's path. */
final class Routes {
    private Routes() {
    }

    /** The route's template ({@code /api/v1/auth/verify-email/{token}}): a path may carry a token, a log line never. */
    static String template(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .filter(UriRouteMatch.class::isInstance)
                .map(match -> ((UriRouteMatch<?, ?>) match).getRouteInfo().getUriMatchTemplate().toPathString())
                .orElse("(no route)");
    }
}
