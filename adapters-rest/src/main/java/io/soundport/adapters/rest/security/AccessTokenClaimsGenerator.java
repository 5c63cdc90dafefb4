package io.soundport.adapters.rest.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import jakarta.inject.Singleton;

/**
 * Micronaut's claims (sub, iat, nbf, exp, jti and the authentication's attributes) with Soundport's issuer in
 * {@code iss} instead of the application name, and the API as {@code aud}: {@link AccessTokenClaimsValidator}
 * refuses tokens without them.
 */
@Singleton
@Replaces(JWTClaimsSetGenerator.class)
final class AccessTokenClaimsGenerator extends JWTClaimsSetGenerator {
    private final String issuer;
    private final String audience;

    AccessTokenClaimsGenerator(TokenConfiguration tokenConfiguration,
                               @Nullable JtiGenerator jwtIdGenerator,
                               @Nullable ClaimsAudienceProvider claimsAudienceProvider,
                               @Nullable ApplicationConfiguration applicationConfiguration,
                               @Value(AccessTokenClaimsValidator.ISSUER) String issuer,
                               @Value(AccessTokenClaimsValidator.AUDIENCE) String audience) {
        super(tokenConfiguration, jwtIdGenerator, claimsAudienceProvider, applicationConfiguration);
        this.issuer = issuer;
        this.audience = audience;
    }

    @Override
    protected void populateIss(JWTClaimsSet.Builder builder) {
        builder.issuer(issuer);
    }

    @Override
    protected void populateAud(JWTClaimsSet.Builder builder) {
        builder.audience(audience);
    }
}
