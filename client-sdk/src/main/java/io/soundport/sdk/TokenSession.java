package io.soundport.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.soundport.sdk.exception.AuthenticationException;
import io.soundport.sdk.model.AuthTokens;
import io.soundport.sdk.param.LoginParams;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Function;

/**
 * Bearer tokens that renew themselves: a refresh shortly before the access token expires (read from its {@code exp}),
 * or after a 401; a fresh sign-in when the refresh token is refused and a password is known. One lock serialises
 * renewals, because a refresh token works once and reusing it revokes the whole family.
 */
final class TokenSession implements Auth {
    private static final Duration EARLY = Duration.ofSeconds(30);

    private final String email;
    private final String password;
    private final Clock clock;
    private final Object lock = new Object();
    private Function<String, AuthTokens> refresher;
    private Function<LoginParams, AuthTokens> signIn;

    private volatile String accessToken;
    private volatile Instant accessExpiresAt;
    private String refreshToken;

    private TokenSession(String email, String password, String accessToken, String refreshToken, Clock clock) {
        this.email = email;
        this.password = password;
        this.clock = clock;
        this.refreshToken = refreshToken;
        setAccess(accessToken, null);
    }

    static TokenSession credentials(String email, String password, Clock clock) {
        return new TokenSession(email, password, null, null, clock);
    }

    static TokenSession tokens(String accessToken, String refreshToken, Clock clock) {
        return new TokenSession(null, null, accessToken, refreshToken, clock);
    }

    /** Given once the transport exists: the anonymous calls that renew tokens. */
    void connect(Function<String, AuthTokens> refresher, Function<LoginParams, AuthTokens> signIn) {
        this.refresher = refresher;
        this.signIn = signIn;
    }

    @Override
    public Header header() {
        String token = accessToken;
        Instant expiresAt = accessExpiresAt;
        if (token == null || (expiresAt != null && clock.instant().plus(EARLY).isAfter(expiresAt))) {
            synchronized (lock) {
                if (Objects.equals(token, accessToken)) {
                    renew();
                }
                token = accessToken;
            }
        }
        return new Header("Authorization", "Bearer " + token);
    }

    @Override
    public boolean renewAfterUnauthorized(Header used) {
        synchronized (lock) {
            if (used.value().equals("Bearer " + accessToken)) {
                renew();
            }
            return true;
        }
    }

    private void renew() {
        if (refreshToken != null) {
            try {
                adopt(refresher.apply(refreshToken));
                return;
            } catch (AuthenticationException e) {
                if (email == null) {
                    throw e;
                }
            }
        }
        if (email == null) {
            throw new IllegalStateException("no refresh token and no credentials to renew the access token with");
        }
        adopt(signIn.apply(LoginParams.builder().email(email).password(password).build()));
    }

    private void adopt(AuthTokens tokens) {
        refreshToken = tokens.refreshToken();
        setAccess(tokens.accessToken(), clock.instant().plusSeconds(tokens.expiresIn()));
    }

    private void setAccess(String token, Instant fallbackExpiry) {
        Instant exp = token == null ? null : expiryOf(token);
        accessExpiresAt = exp != null ? exp : fallbackExpiry;
        accessToken = token;
    }

    /** The {@code exp} claim of a JWT, read without verifying it (the server does); null when there is none. */
    static Instant expiryOf(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            JsonNode exp = Json.MAPPER.readTree(new String(payload, StandardCharsets.UTF_8)).get("exp");
            return exp != null && exp.canConvertToLong() ? Instant.ofEpochSecond(exp.asLong()) : null;
        } catch (Exception e) {
            // not a JWT we can read: the server's 401 will tell when it is stale
            return null;
        }
    }

    @Override
    public String toString() {
        return "TokenSession[" + (email != null ? "credentials of " + email : "tokens") + "]";
    }
}
