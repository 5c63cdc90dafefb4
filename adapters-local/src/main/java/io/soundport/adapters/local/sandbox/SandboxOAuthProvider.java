package io.soundport.adapters.local.sandbox;

import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.OAuthProvider;
import io.soundport.domain.integrations.OAuthTokens;
import io.soundport.domain.integrations.Pkce;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.port.Clock;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for a provider's OAuth server, for trying connections on one machine with no account anywhere: the
 * "authorization page" approves at once, so the authorization URL is the callback itself with a fresh code and the
 * state. Codes are single use, expire in 10 minutes, are bound to the redirect URI and, for a provider that uses PKCE
 * (Spotify), to the S256 challenge. Tokens are random and remembered in this process only: after a restart the
 * stand-in no longer knows them and refuses them, as a real provider refuses a revoked grant. Spotify's stand-in
 * rotates its refresh token on every refresh; Meta's has none and can be revoked.
 */
public final class SandboxOAuthProvider implements OAuthProvider {
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Provider provider;
    private final Clock clock;
    private final Map<String, IssuedCode> codes = new ConcurrentHashMap<>();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>();

    public SandboxOAuthProvider(Provider provider, Clock clock) {
        this.provider = provider;
        this.clock = clock;
    }

    /** The account every sandbox grant acts for, as the provider would name it. */
    public String account() {
        return provider == Provider.SPOTIFY ? "sandbox-listener" : "1000000000000001";
    }

    /** Whether this stand-in issued {@code accessToken}, and it has neither expired nor been revoked. */
    public boolean accepts(String accessToken) {
        Instant expiresAt = accessToken == null ? null : accessTokens.get(accessToken);
        return expiresAt != null && clock.now().isBefore(expiresAt);
    }

    @Override
    public Provider provider() {
        return provider;
    }

    @Override
    public boolean usesPkce() {
        return provider == Provider.SPOTIFY;
    }

    @Override
    public List<String> scopes() {
        return provider == Provider.SPOTIFY
                ? List.of("user-read-email", "user-read-private", "user-top-read", "user-library-read", "streaming",
                "user-read-recently-played")
                : List.of("ads_management", "ads_read", "business_management", "read_insights");
    }

    @Override
    public URI authorizationUrl(AuthorizationRequest request) {
        Instant now = clock.now();
        codes.values().removeIf(code -> !now.isBefore(code.expiresAt()));
        String code = random("sandbox-code-");
        codes.put(code, new IssuedCode(request.redirectUri(), request.codeChallenge(),
                now.plus(CODE_LIFETIME)));
        String separator = request.redirectUri().getRawQuery() == null ? "?" : "&";
        return URI.create(request.redirectUri() + separator + "code=" + encode(code) + "&state="
                + encode(request.state()));
    }

    @Override
    public OAuthTokens exchange(CodeExchange exchange) {
        IssuedCode issued = exchange.code() == null ? null : codes.remove(exchange.code());
        if (issued == null || !clock.now().isBefore(issued.expiresAt())
                || !issued.redirectUri().equals(exchange.redirectUri())) {
            throw refused("the authorization code");
        }
        if (usesPkce() && (exchange.codeVerifier() == null
                || !Pkce.challengeOf(exchange.codeVerifier()).equals(issued.codeChallenge()))) {
            throw refused("the PKCE code verifier");
        }
        return issue(true);
    }

    @Override
    public OAuthTokens refresh(String refreshToken) {
        if (refreshToken == null || refreshTokens.remove(refreshToken) == null) {
            throw refused("the refresh token");
        }
        return issue(false);
    }

    @Override
    public String accountId(String accessToken) {
        if (!accepts(accessToken)) {
            throw refused("the access token");
        }
        return account();
    }

    @Override
    public boolean revoke(String accessToken) {
        if (provider == Provider.SPOTIFY) {
            return false;
        }
        accessTokens.remove(accessToken);
        return true;
    }

    private OAuthTokens issue(boolean firstGrant) {
        Duration lifetime = provider == Provider.SPOTIFY ? Duration.ofHours(1) : Duration.ofDays(60);
        Instant now = clock.now();
        accessTokens.values().removeIf(expiresAt -> !now.isBefore(expiresAt));
        String accessToken = random("sandbox-" + provider.slug() + "-access-");
        accessTokens.put(accessToken, now.plus(lifetime));
        String refreshToken = null;
        if (provider == Provider.SPOTIFY) {
            refreshToken = random("sandbox-spotify-refresh-");
            refreshTokens.put(refreshToken, Boolean.TRUE);
        }
        return new OAuthTokens(accessToken, refreshToken, lifetime, firstGrant ? scopes() : List.of());
    }

    private GrantRefusedException refused(String what) {
        return new GrantRefusedException(provider, "The " + provider.slug() + " sandbox refused " + what);
    }

    private static String random(String prefix) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record IssuedCode(URI redirectUri, String codeChallenge, Instant expiresAt) {
    }
}
