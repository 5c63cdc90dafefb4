package io.soundport.adapters.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.OAuthProvider;
import io.soundport.domain.integrations.OAuthTokens;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.shared.DomainException;
import io.soundport.resilience.CallObserver;
import io.soundport.resilience.Pacer;
import io.soundport.resilience.ProviderCalls;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static io.soundport.adapters.spotify.SpotifyAccountsSettings.PROVIDER;

/**
 * {@link OAuthProvider} on Spotify Accounts: the authorization code flow with PKCE (S256) at {@code /authorize}, the
 * code and refresh tokens redeemed at {@code /api/token} with the app's client id and secret in HTTP Basic, and the
 * account's id from the Web API's {@code /me}. A refresh may answer a new refresh token (Spotify rotates them), which
 * replaces the old one. Spotify has no revocation endpoint: the user removes the app in their account's page.
 *
 * <p>{@code invalid_grant} (a code used or expired, a refresh token revoked) and a 401 from {@code /me} are a
 * {@link GrantRefusedException}; {@code invalid_client} means the server's client id or secret is wrong, an
 * INTEGRATION_ERROR that says so. Token requests are POSTs, sent once and never retried.
 */
public final class SpotifyAccounts implements OAuthProvider {
    private final SpotifyAccountsSettings settings;
    private final HttpUrl accounts;
    private final HttpUrl api;
    private final ProviderCalls calls;
    private final ObjectMapper mapper = new ObjectMapper();

    public SpotifyAccounts(SpotifyAccountsSettings settings) {
        this(settings, CallObserver.NONE);
    }

    public SpotifyAccounts(SpotifyAccountsSettings settings, CallObserver observer) {
        this.settings = settings;
        this.accounts = HttpUrl.get(settings.accountsUrl());
        this.api = HttpUrl.get(settings.apiUrl());
        this.calls = new ProviderCalls(settings.policy(), observer, Pacer.NONE);
    }

    /** The state of the circuit breaker of these calls, for a gauge. */
    public BreakerState breakerState() {
        return calls.breakerState();
    }

    @Override
    public Provider provider() {
        return Provider.SPOTIFY;
    }

    @Override
    public boolean usesPkce() {
        return true;
    }

    @Override
    public List<String> scopes() {
        return settings.scopes();
    }

    @Override
    public URI authorizationUrl(AuthorizationRequest request) {
        return accounts.newBuilder().addPathSegment("authorize")
                .addQueryParameter("client_id", settings.clientId())
                .addQueryParameter("response_type", "code")
                .addQueryParameter("redirect_uri", request.redirectUri().toString())
                .addQueryParameter("state", request.state())
                .addQueryParameter("scope", String.join(" ", settings.scopes()))
                .addQueryParameter("code_challenge_method", "S256")
                .addQueryParameter("code_challenge", request.codeChallenge())
                .build().uri();
    }

    @Override
    public OAuthTokens exchange(CodeExchange exchange) {
        return token(new FormBody.Builder(StandardCharsets.UTF_8)
                .add("grant_type", "authorization_code")
                .add("code", exchange.code())
                .add("redirect_uri", exchange.redirectUri().toString())
                .add("code_verifier", exchange.codeVerifier())
                .build(), "the authorization code");
    }

    @Override
    public OAuthTokens refresh(String refreshToken) {
        return token(new FormBody.Builder(StandardCharsets.UTF_8)
                .add("grant_type", "refresh_token")
                .add("refresh_token", refreshToken)
                .build(), "the refresh token");
    }

    @Override
    public String accountId(String accessToken) {
        Request request = new Request.Builder().url(api.newBuilder().addPathSegment("me").build())
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json").build();
        return calls.execute(request, answer -> {
            byte[] body = answer.bytes();
            if (answer.status() == 401) {
                throw new GrantRefusedException(Provider.SPOTIFY, PROVIDER + " no longer accepts this access token");
            }
            if (answer.status() != 200) {
                throw DomainException.integration(PROVIDER + " answered " + answer.status() + " to /me");
            }
            String id = parse(body).path("id").asText("");
            if (id.isEmpty()) {
                throw DomainException.integration(PROVIDER + " answered no account id");
            }
            return id;
        });
    }

    /** Spotify offers no revocation: the user removes Soundport under "Manage apps" in their Spotify account. */
    @Override
    public boolean revoke(String accessToken) {
        return false;
    }

    private OAuthTokens token(FormBody form, String presented) {
        Request request = new Request.Builder().url(accounts.newBuilder().addPathSegments("api/token").build())
                .header("Authorization", Credentials.basic(settings.clientId(), settings.clientSecret(),
                        StandardCharsets.UTF_8))
                .header("Accept", "application/json")
                .post(form).build();
        return calls.execute(request, answer -> {
            JsonNode root = parse(answer.bytes());
            String error = root.path("error").asText("");
            if ("invalid_grant".equals(error)) {
                throw new GrantRefusedException(Provider.SPOTIFY, PROVIDER + " refused " + presented
                        + " (invalid_grant)");
            }
            if ("invalid_client".equals(error)) {
                throw DomainException.integration(PROVIDER
                        + " refused Soundport's client id or secret (invalid_client): check the server's settings");
            }
            String accessToken = root.path("access_token").asText("");
            if (answer.status() != 200 || accessToken.isEmpty()) {
                throw DomainException.integration(PROVIDER + " answered " + answer.status()
                        + (error.isEmpty() ? " without a token" : " (" + error + ")"));
            }
            long expiresIn = root.path("expires_in").asLong(0);
            String refreshToken = root.path("refresh_token").asText("");
            String scope = root.path("scope").asText("").strip();
            return new OAuthTokens(accessToken, refreshToken.isEmpty() ? null : refreshToken,
                    expiresIn > 0 ? Duration.ofSeconds(expiresIn) : null,
                    scope.isEmpty() ? List.of() : Arrays.asList(scope.split("\\s+")));
        });
    }

    private JsonNode parse(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw DomainException.integration(PROVIDER + " answered what is not JSON");
        }
    }
}
