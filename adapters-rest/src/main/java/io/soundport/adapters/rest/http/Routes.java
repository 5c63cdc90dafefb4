package io.soundport.adapters.rest.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;

/** What a log line may say of a request's path, and the route a request was matched to. */
final class Routes {
    private static final String MATCHED = "soundport.route.matched";

    private Routes() {
    }

    /** Keeps the route the request was matched to: an error route ({@link ErrorRoutes}) takes its place. */
    static void remember(HttpRequest<?> request) {
        RouteAttributes.getRouteMatch(request).ifPresent(match -> request.setAttribute(MATCHED, match));
    }

    /** Puts the remembered route back, so that metrics and logs name the route that failed, not its error route. */
    static void restore(HttpRequest<?> request) {
        request.getAttribute(MATCHED, RouteMatch.class).ifPresent(match -> {
            RouteAttributes.setRouteMatch(request, match);
            RouteAttributes.setRouteInfo(request, match.getRouteInfo());
        });
    }

    /** The route's template ({@code /api/v1/auth/verify-email/{token}}): a path may carry a token, a log line never. */
    static String template(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .filter(UriRouteMatch.class::isInstance)
                .map(match -> ((UriRouteMatch<?, ?>) match).getRouteInfo().getUriMatchTemplate().toPathString())
                .orElse("(no route)");
    }
}
