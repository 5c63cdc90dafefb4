package io.soundport.adapters.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.OAuthProvider;
import io.soundport.domain.integrations.OAuthTokens;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.shared.DomainException;
import io.soundport.resilience.Answer;
import io.soundport.resilience.CallObserver;
import io.soundport.resilience.Pacer;
import io.soundport.resilience.ProviderCalls;
import okhttp3.HttpUrl;
import okhttp3.Request;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static io.soundport.adapters.meta.MetaSettings.PROVIDER;

/**
 * {@link OAuthProvider} on Meta's login: the dialog at {@code <oauthUrl>/<version>/dialog/oauth} with {@code state}
 * (Meta takes no PKCE from a confidential app), the code exchanged at the Graph API's {@code oauth/access_token} for a
 * short-lived user token, that one at once for the long-lived token (about 60 days; Meta has no refresh token, so a
 * user connects again when it runs out), then the permissions the user actually granted (the dialog lets them
 * decline some) from {@code me/permissions}.
 *
 * <p>Calls with a user token send it in the {@code Authorization} header, never in the URL, with the
 * {@code appsecret_proof} Meta asks of server-side callers. The app secret goes only to {@code oauth/access_token},
 * which takes it in the query. A token Meta refuses (code 190), or a code it will not exchange, is a
 * {@link GrantRefusedException}; other errors are INTEGRATION_ERRORs with Meta's code and {@code fbtrace_id}.
 */
public final class MetaOAuth implements OAuthProvider {
    private final MetaSettings settings;
    private final HttpUrl graph;
    private final ProviderCalls calls;
    private final ObjectMapper mapper = new ObjectMapper();
    private final GraphErrors errors = new GraphErrors(mapper);

    public MetaOAuth(MetaSettings settings) {
        this(settings, CallObserver.NONE);
    }

    public MetaOAuth(MetaSettings settings, CallObserver observer) {
        this.settings = settings;
        this.graph = HttpUrl.get(settings.graphUrl()).newBuilder().addPathSegment(settings.apiVersion()).build();
        this.calls = new ProviderCalls(settings.policy(), observer, Pacer.NONE);
    }

    /** The state of the circuit breaker of these calls, for a gauge. */
    public BreakerState breakerState() {
        return calls.breakerState();
    }

    @Override
    public Provider provider() {
        return Provider.META;
    }

    @Override
    public boolean usesPkce() {
        return false;
    }

    @Override
    public List<String> scopes() {
        return settings.scopes();
    }

    @Override
    public URI authorizationUrl(AuthorizationRequest request) {
        return HttpUrl.get(settings.oauthUrl()).newBuilder()
                .addPathSegment(settings.apiVersion()).addPathSegment("dialog").addPathSegment("oauth")
                .addQueryParameter("client_id", settings.appId())
                .addQueryParameter("redirect_uri", request.redirectUri().toString())
                .addQueryParameter("state", request.state())
                .addQueryParameter("response_type", "code")
                .addQueryParameter("scope", String.join(",", settings.scopes()))
                .build().uri();
    }

    @Override
    public OAuthTokens exchange(CodeExchange exchange) {
        String shortLived = token(graph.newBuilder().addPathSegments("oauth/access_token")
                .addQueryParameter("client_id", settings.appId())
                .addQueryParameter("redirect_uri", exchange.redirectUri().toString())
                .addQueryParameter("client_secret", settings.appSecret())
                .addQueryParameter("code", exchange.code())
                .build(), "the authorization code").accessToken();
        OAuthTokens longLived = token(graph.newBuilder().addPathSegments("oauth/access_token")
                .addQueryParameter("grant_type", "fb_exchange_token")
                .addQueryParameter("client_id", settings.appId())
                .addQueryParameter("client_secret", settings.appSecret())
                .addQueryParameter("fb_exchange_token", shortLived)
                .build(), "the short-lived token");
        return new OAuthTokens(longLived.accessToken(), null, longLived.expiresIn(),
                grantedPermissions(longLived.accessToken()));
    }

    /** Meta gives no refresh token: a long-lived token that runs out is refused, and the user connects again. */
    @Override
    public OAuthTokens refresh(String refreshToken) {
        throw new GrantRefusedException(Provider.META, PROVIDER + " grants cannot be refreshed; connect again");
    }

    @Override
    public String accountId(String accessToken) {
        HttpUrl url = graph.newBuilder().addPathSegment("me").addQueryParameter("fields", "id")
                .addQueryParameter("appsecret_proof", proof(accessToken)).build();
        return calls.execute(asUser(new Request.Builder().url(url), accessToken).build(), answer -> {
            JsonNode me = json(answer);
            String id = me.path("id").asText("");
            if (id.isEmpty()) {
                throw DomainException.integration(PROVIDER + " answered no account id");
            }
            return id;
        });
    }

    @Override
    public boolean revoke(String accessToken) {
        HttpUrl url = graph.newBuilder().addPathSegments("me/permissions")
                .addQueryParameter("appsecret_proof", proof(accessToken)).build();
        Request request = asUser(new Request.Builder().url(url).delete(), accessToken).build();
        try {
            return calls.execute(request, answer -> json(answer).path("success").asBoolean(false));
        } catch (GrantRefusedException alreadyRefused) {
            return true;
        }
    }

    private List<String> grantedPermissions(String accessToken) {
        HttpUrl url = graph.newBuilder().addPathSegments("me/permissions")
                .addQueryParameter("appsecret_proof", proof(accessToken)).build();
        return calls.execute(asUser(new Request.Builder().url(url), accessToken).build(), answer -> {
            List<String> granted = new ArrayList<>();
            for (JsonNode permission : json(answer).path("data")) {
                if ("granted".equals(permission.path("status").asText())) {
                    granted.add(permission.path("permission").asText());
                }
            }
            return granted;
        });
    }

    /** A token from {@code oauth/access_token}; an OAuth error there refuses what was presented. */
    private OAuthTokens token(HttpUrl url, String presented) {
        return calls.execute(new Request.Builder().url(url).header("Accept", "application/json").build(), answer -> {
            byte[] body = answer.bytes();
            if (answer.status() >= 400 && answer.status() < 500) {
                DomainException error = errors.of(answer.status(), body);
                if (error instanceof GrantRefusedException) {
                    throw error;
                }
                throw new GrantRefusedException(Provider.META, PROVIDER + " refused " + presented + ": "
                        + error.getMessage());
            }
            JsonNode root = parse(body);
            String accessToken = root.path("access_token").asText("");
            if (answer.status() != 200 || accessToken.isEmpty()) {
                throw DomainException.integration(PROVIDER + " answered " + answer.status() + " without a token");
            }
            long expiresIn = root.path("expires_in").asLong(0);
            return new OAuthTokens(accessToken, null, expiresIn > 0 ? Duration.ofSeconds(expiresIn) : null,
                    List.of());
        });
    }

    private Request.Builder asUser(Request.Builder request, String accessToken) {
        return request.header("Authorization", "Bearer " + accessToken).header("Accept", "application/json");
    }

    private JsonNode json(Answer answer) throws IOException {
        byte[] body = answer.bytes();
        if (answer.status() != 200) {
            throw errors.of(answer.status(), body);
        }
        return parse(body);
    }

    private JsonNode parse(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw DomainException.integration(PROVIDER + " answered what is not JSON");
        }
    }

    /** HMAC-SHA256 of the access token keyed by the app secret, in hex: Graph's {@code appsecret_proof}. */
    private String proof(String accessToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.appSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(accessToken.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
