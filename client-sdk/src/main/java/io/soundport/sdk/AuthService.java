package io.soundport.sdk;

import io.soundport.sdk.model.AuthTokens;
import io.soundport.sdk.model.Profile;
import io.soundport.sdk.param.LoginParams;
import io.soundport.sdk.param.RegisterParams;

import java.util.Map;

import static io.soundport.sdk.Transport.Call;

/**
 * Accounts and sessions: registration, sign-in, token refresh, sign-out and the signed-in profile. Registration,
 * sign-in, refresh and sign-out are sent without the client's credentials and do not change them: a client built with
 * {@code credentials(..)} or {@code tokens(..)} renews its own tokens. Reached through {@link SoundportClient#auth()}.
 */
public final class AuthService {
    private final Transport transport;

    AuthService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Creates an account and an organization it owns, and signs in.
     *
     * @param params e-mail, password, name, organization name
     * @return the new session
     */
    public AuthTokens register(RegisterParams params) {
        return register(params, RequestOptions.none());
    }

    /**
     * Creates an account and an organization it owns, and signs in.
     *
     * @param params  e-mail, password, name, organization name
     * @param options a timeout
     * @return the new session
     */
    public AuthTokens register(RegisterParams params, RequestOptions options) {
        return transport.send(Call.post("auth", "register").body(params).anonymous().options(options), AuthTokens.class);
    }

    /**
     * Signs in with e-mail and password.
     *
     * @param params e-mail, password, and which organization
     * @return the session
     */
    public AuthTokens login(LoginParams params) {
        return login(params, RequestOptions.none());
    }

    /**
     * Signs in with e-mail and password.
     *
     * @param params  e-mail, password, and which organization
     * @param options a timeout
     * @return the session
     */
    public AuthTokens login(LoginParams params, RequestOptions options) {
        return transport.send(Call.post("auth", "login").body(params).anonymous().options(options), AuthTokens.class);
    }

    /**
     * Trades a refresh token for a new pair; the old one stops working, and using it again revokes its family.
     *
     * @param refreshToken the refresh token
     * @return the new session
     */
    public AuthTokens refresh(String refreshToken) {
        return refresh(refreshToken, RequestOptions.none());
    }

    /**
     * Trades a refresh token for a new pair; the old one stops working, and using it again revokes its family.
     *
     * @param refreshToken the refresh token
     * @param options      a timeout
     * @return the new session
     */
    public AuthTokens refresh(String refreshToken, RequestOptions options) {
        return transport.send(Call.post("auth", "refresh").body(Map.of("refresh_token", refreshToken)).anonymous()
                .options(options), AuthTokens.class);
    }

    /**
     * Signs out: revokes a refresh token and every token of its family.
     *
     * @param refreshToken the refresh token
     */
    public void logout(String refreshToken) {
        logout(refreshToken, RequestOptions.none());
    }

    /**
     * Signs out: revokes a refresh token and every token of its family.
     *
     * @param refreshToken the refresh token
     * @param options      a timeout
     */
    public void logout(String refreshToken, RequestOptions options) {
        transport.send(Call.post("auth", "logout").body(Map.of("refresh_token", refreshToken)).anonymous()
                .options(options), Void.class);
    }

    /**
     * The signed-in user, their organization, role and tier (needs a user's token, not an API key).
     *
     * @return the profile
     */
    public Profile profile() {
        return profile(RequestOptions.none());
    }

    /**
     * The signed-in user, their organization, role and tier (needs a user's token, not an API key).
     *
     * @param options a timeout
     * @return the profile
     */
    public Profile profile(RequestOptions options) {
        return transport.send(Call.get("auth", "profile").options(options), Profile.class);
    }
}
