package io.soundport.adapters.rest.security;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.soundport.domain.identity.Caller;

import java.util.HashMap;
import java.util.Map;

/**
 * Once security knows the caller, adds its organization id ({@code organization_id}) to the log context that the
 * request id filter opened, so every later log line of the request names the tenant. Read from what authentication
 * already holds (the API key's caller, the access token's claim): no lookup. The MDC map travels in Micronaut's
 * propagated context, which sets it on whichever thread serves the request and restores that thread's own map after,
 * so nothing is left behind for the next request on the thread.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class LogContextFilter implements Ordered {
    static final String ORGANIZATION_ID = "organization_id";

    @RequestFilter
    public void addOrganization(HttpRequest<?> request, MutablePropagatedContext context) {
        String organization = request.getUserPrincipal(Authentication.class)
                .map(LogContextFilter::organizationOf)
                .orElse(null);
        if (organization == null) {
            return;
        }
        MdcPropagationContext opened = context.getContext().find(MdcPropagationContext.class).orElse(null);
        Map<String, String> values = new HashMap<>(opened == null ? Map.of() : opened.state());
        values.put(ORGANIZATION_ID, organization);
        if (opened == null) {
            context.add(new MdcPropagationContext(values));
        } else {
            context.replace(opened, new MdcPropagationContext(values));
        }
    }

    private static String organizationOf(Authentication authentication) {
        Object caller = authentication.getAttributes().get(ApiKeyAuthenticationFetcher.CALLER);
        if (caller instanceof Caller c) {
            return c.organizationId().value();
        }
        return authentication.getAttributes().get(AccessTokens.ORGANIZATION_CLAIM) instanceof String org ? org : null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
