package io.soundport.adapters.rest.security;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import io.soundport.adapters.rest.http.ClientAddresses;
import io.soundport.application.identity.Authenticator;
import io.soundport.application.platform.RateLimiter;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.DomainException;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;

import java.util.Map;
import java.util.Optional;

/**
 * The {@link Caller} behind an authenticated request: an API key's, or a member's named by the access token, with the
 * request's {@link io.soundport.domain.identity.Origin} (address, user agent, request id) for the audit log. This is
 * where a suspended organization is refused (403 ORGANIZATION_SUSPENDED, with the operator's reason), for tokens and
 * keys alike, on every operation that acts for it: its standing comes from the authenticator's cache
 * ({@link Authenticator#organization}), so the check costs no database call per request, and a suspension made on
 * another instance holds here within {@link Authenticator#STALENESS}.
 */
@Singleton
public final class Callers {
    private final Authenticator authenticator;
    private final ClientAddresses addresses;
    /** Looked up when a token first comes other than in a header: never where no WebSocket is served (Lambda). */
    private final BeanProvider<TokenValidator<HttpRequest<?>>> tokenValidators;

    public Callers(Authenticator authenticator, ClientAddresses addresses,
                   BeanProvider<TokenValidator<HttpRequest<?>>> tokenValidators) {
        this.authenticator = authenticator;
        this.addresses = addresses;
        this.tokenValidators = tokenValidators;
    }

    /**
     * Whom an authenticated request counts against for rate limits, read from its credentials alone (no lookup):
     * the organization, and the API key if one was used; empty when the request is not authenticated.
     */
    static Optional<RateLimiter.Client> rateLimitClient(HttpRequest<?> request) {
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> attributes = authentication.get().getAttributes();
        if (attributes.get(ApiKeyAuthenticationFetcher.CALLER) instanceof Caller c) {
            return Optional.of(RateLimiter.Client.of(c.organizationId(), c.apiKeyId()));
        }
        try {
            return attributes.get(AccessTokens.ORGANIZATION_CLAIM) instanceof String orgId
                    ? Optional.of(RateLimiter.Client.of(OrganizationId.of(orgId), null)) : Optional.empty();
        } catch (DomainException malformed) {
            return Optional.empty();
        }
    }

    /** The caller, refused when their organization is suspended. */
    public Caller of(HttpRequest<?> request) {
        Caller caller = regardlessOfStanding(request);
        authenticator.organization(caller.organizationId()).ifPresent(Organization::requireActive);
        return caller;
    }

    /**
     * The caller even when their organization is suspended: only for what does not act for the organization (the
     * profile, which tells its people why they are refused; the user's own e-mail verification; platform operators,
     * whose work does not depend on the standing of their own organization).
     */
    public Caller regardlessOfStanding(HttpRequest<?> request) {
        return authenticated(request).from(addresses.origin(request));
    }

    /**
     * The caller an access token stands for when it comes other than in a header (the first message of a WebSocket,
     * where browsers cannot set headers): checked as the security filter checks a {@code Bearer} token, then refused
     * as {@link #of} refuses; {@code request} (the upgrade) gives the origin. May wait for the database: call it off
     * the event loop.
     *
     * @throws DomainException AUTHENTICATION_ERROR for a token that stands for nobody (never saying why),
     *                         ORGANIZATION_SUSPENDED
     */
    public Caller ofAccessToken(String accessToken, HttpRequest<?> request) {
        return active(fromAuthentication(Flux.fromStream(tokenValidators.stream())
                .concatMap(validator -> validator.validateToken(accessToken, request))
                .next().blockOptional().orElseThrow(Callers::refused)), request);
    }

    /** The caller an API key stands for when it comes other than in a header; see {@link #ofAccessToken}. */
    public Caller ofApiKey(String apiKey, HttpRequest<?> request) {
        return active(authenticator.apiKey(apiKey).orElseThrow(Callers::refused), request);
    }

    private Caller active(Caller caller, HttpRequest<?> request) {
        authenticator.organization(caller.organizationId()).ifPresent(Organization::requireActive);
        return caller.from(addresses.origin(request));
    }

    private static DomainException refused() {
        return DomainException.unauthenticated("These credentials are not valid: send a current access token or API key");
    }

    private Caller authenticated(HttpRequest<?> request) {
        return fromAuthentication(request.getUserPrincipal(Authentication.class)
                .orElseThrow(() -> DomainException.unauthenticated(
                        "Authentication is required: send a Bearer access token or an X-API-Key")));
    }

    private Caller fromAuthentication(Authentication authentication) {
        Object caller = authentication.getAttributes().get(ApiKeyAuthenticationFetcher.CALLER);
        if (caller instanceof Caller c) {
            return c;
        }
        Object org = authentication.getAttributes().get(AccessTokens.ORGANIZATION_CLAIM);
        if (!(org instanceof String orgId)) {
            throw DomainException.unauthenticated("The access token names no organization; sign in again");
        }
        try {
            return authenticator.member(OrganizationId.of(orgId), UserId.of(authentication.getName()))
                    .orElseThrow(() -> DomainException.unauthenticated("You are not a member of this organization any more"));
        } catch (DomainException e) {
            if (e.code() == io.soundport.domain.shared.ErrorCode.VALIDATION_ERROR) {
                throw DomainException.unauthenticated("The access token is not valid; sign in again");
            }
            throw e;
        }
    }
}
