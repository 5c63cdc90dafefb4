package io.soundport.domain.integrations;

import java.net.URI;
import java.util.List;

/**
 * The OAuth 2.0 authorization-code flow of one outside platform: where to send the user's browser, the exchange of the
 * code it comes back with, refreshing, the account the tokens act for, and revoking. Failures of the provider become
 * {@code DomainException.integration} (502) or {@code unavailable} (503, its breaker open); a code, refresh token or
 * access token the provider refuses becomes {@link GrantRefusedException}.
 */
public interface OAuthProvider {
    Provider provider();

    /** Whether the flow carries a PKCE S256 code challenge (Spotify) or not (Meta). */
    boolean usesPkce();

    /** The scopes asked for, in the provider's spelling. */
    List<String> scopes();

    /** The provider's authorization page for this request, to redirect the user's browser to. */
    URI authorizationUrl(AuthorizationRequest request);

    /**
     * The code from the callback exchanged for tokens, with the same redirect URI and the PKCE verifier (null without
     * PKCE). Meta's short-lived user token is further exchanged for its long-lived one here.
     */
    OAuthTokens exchange(CodeExchange exchange);

    /** A new access token for this refresh token; a rotating provider also answers a new refresh token. */
    OAuthTokens refresh(String refreshToken);

    /** The provider's id of the account these tokens act for (Spotify's user id, Meta's app-scoped user id). */
    String accountId(String accessToken);

    /**
     * Revokes the grant at the provider where it allows that (Meta: the app's permissions); answers whether the
     * provider revoked it: Spotify has no revocation endpoint (the user removes the app in their account page).
     * A grant already refused counts as revoked.
     */
    boolean revoke(String accessToken);

    /**
     * The redirect to the provider: {@code state} (random, single use), the callback URI registered with the provider,
     * and the PKCE S256 challenge (null without PKCE).
     */
    record AuthorizationRequest(String state, URI redirectUri, String codeChallenge) {
    }

    /** What the callback brought back, to exchange: the code, the same redirect URI, and the PKCE verifier or null. */
    record CodeExchange(String code, URI redirectUri, String codeVerifier) {
        @Override
        public String toString() {
            return "CodeExchange[code=***, redirectUri=" + redirectUri + ", codeVerifier=***]";
        }
    }

}
