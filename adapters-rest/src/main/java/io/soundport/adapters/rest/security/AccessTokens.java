package io.soundport.adapters.rest.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import jakarta.inject.Singleton;

import java.util.Map;

/** Mints the short-lived access tokens (JWT, HS256): the user as subject, the organization as a claim. */
@Singleton
public final class AccessTokens {
    public static final int LIFETIME_SECONDS = 900;
    static final String ORGANIZATION_CLAIM = "org";

    private final TokenGenerator generator;

    public AccessTokens(TokenGenerator generator) {
        this.generator = generator;
    }

    public String issue(UserId userId, OrganizationId organizationId) {
        Authentication authentication = Authentication.build(userId.value(),
                Map.of(ORGANIZATION_CLAIM, organizationId.value()));
        return generator.generateToken(authentication, LIFETIME_SECONDS)
                .orElseThrow(() -> new IllegalStateException("no JWT signing key is configured"));
    }
}
