package io.soundport.adapters.rest.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Accepts a correctly signed access token only with Soundport's claims: an {@code exp} still ahead, an {@code nbf}
 * (when present) reached give or take {@link #CLOCK_SKEW}, exactly Soundport's {@code iss} and the API among its
 * {@code aud}. Micronaut's own validators fall short here: its expiry check passes a token without {@code exp},
 * its not-before check has no skew, and its issuer check matches by suffix. A refusal leaves the request
 * unauthenticated, which answers 401.
 */
@Singleton
final class AccessTokenClaimsValidator<T> implements GenericJwtClaimsValidator<T> {
    static final String ISSUER = "${soundport.jwt.issuer:soundport}";
    static final String AUDIENCE = "${soundport.jwt.audience:soundport-api}";
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final String issuer;
    private final String audience;

    AccessTokenClaimsValidator(@Value(ISSUER) String issuer, @Value(AUDIENCE) String audience) {
        this.issuer = issuer;
        this.audience = audience;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        JWTClaimsSet set = JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims);
        Instant now = Instant.now();
        Date expiresAt = set.getExpirationTime();
        Date notBefore = set.getNotBeforeTime();
        return expiresAt != null && expiresAt.toInstant().isAfter(now)
                && (notBefore == null || !notBefore.toInstant().isAfter(now.plus(CLOCK_SKEW)))
                && issuer.equals(set.getIssuer())
                && set.getAudience().contains(audience);
    }
}
