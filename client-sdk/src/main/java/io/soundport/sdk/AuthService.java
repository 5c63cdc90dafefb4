package io.soundport.sdk;

import io.soundport.sdk.exception.AuthenticationException;
import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.PermissionException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.AuthTokens;
import io.soundport.sdk.model.EmailVerification;
import io.soundport.sdk.model.Profile;
import io.soundport.sdk.param.LoginParams;
import io.soundport.sdk.param.RegisterParams;

import java.util.Map;

import static io.soundport.sdk.Transport.Call;

/**
 * Accounts and sessions: registration, sign-in, token refresh, sign-out, the signed-in profile and the verification
 * of the user's e-mail address. Registration,
 * sign-in, refresh and sign-out are sent without the client's credentials and do not change them: a client built with
 * {@code credentials(..)} or {@code tokens(..)} renews its own tokens. Reached through {@link SoundportClient#auth()}.
 * <p>{@code register}, {@code login}, {@code refresh}, {@code logout} and {@code verifyEmail} need no credentials;
 * {@code profile} and {@code requestEmailVerification} need a signed-in user (an API key gets a
 * {@link PermissionException}). Every method may also throw the exceptions the
 * {@linkplain io.soundport.sdk package documentation} lists.
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
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws ConflictException when an account with this e-mail address exists
     */
    public AuthTokens register(RegisterParams params) {
        return register(params, RequestOptions.none());
    }

    /**
     * Creates an account and an organization it owns, and signs in.
     *
     * @param params  e-mail, password, name, organization name
     * @param options a deadline
     * @return the new session
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws ConflictException when an account with this e-mail address exists
     */
    public AuthTokens register(RegisterParams params, RequestOptions options) {
        return transport.send(Call.post("auth", "register").notDeduplicated().body(params).anonymous().options(options),
                AuthTokens.class);
    }

    /**
     * Signs in with e-mail and password.
     *
     * @param params e-mail, password, and which organization
     * @return the session
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws AuthenticationException when the e-mail address or the password is wrong
     * @throws PermissionException when the user is not a member of the organization named, or was invited there and has
     *                             not verified the address yet
     */
    public AuthTokens login(LoginParams params) {
        return login(params, RequestOptions.none());
    }

    /**
     * Signs in with e-mail and password.
     *
     * @param params  e-mail, password, and which organization
     * @param options a deadline
     * @return the session
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws AuthenticationException when the e-mail address or the password is wrong
     * @throws PermissionException when the user is not a member of the organization named, or was invited there and has
     *                             not verified the address yet
     */
    public AuthTokens login(LoginParams params, RequestOptions options) {
        return transport.send(Call.post("auth", "login").notDeduplicated().body(params).anonymous().options(options),
                AuthTokens.class);
    }

    /**
     * Trades a refresh token for a new pair; the old one stops working, and using it again revokes its family.
     *
     * @param refreshToken the refresh token
     * @return the new session
     * @throws AuthenticationException when the refresh token is unknown, expired or used before (reuse revokes every
     *                                 token of its family)
     */
    public AuthTokens refresh(String refreshToken) {
        return refresh(refreshToken, RequestOptions.none());
    }

    /**
     * Trades a refresh token for a new pair; the old one stops working, and using it again revokes its family.
     *
     * @param refreshToken the refresh token
     * @param options      a deadline
     * @return the new session
     * @throws AuthenticationException when the refresh token is unknown, expired or used before (reuse revokes every
     *                                 token of its family)
     */
    public AuthTokens refresh(String refreshToken, RequestOptions options) {
        return transport.send(Call.post("auth", "refresh").notDeduplicated().body(Map.of("refresh_token", refreshToken))
                .anonymous().options(options), AuthTokens.class);
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
     * @param options      a deadline
     */
    public void logout(String refreshToken, RequestOptions options) {
        transport.send(Call.post("auth", "logout").notDeduplicated().body(Map.of("refresh_token", refreshToken))
                .anonymous().options(options), Void.class);
    }

    /**
     * Mails the signed-in user a new link that verifies their address (needs a user's token, not an API key).
     * Nothing is sent when the address is verified already or a link went out less than a minute ago; the answer
     * is the same.
     *
     * @return the caller's address and whether it is verified
     * @throws PermissionException when the client uses an API key
     */
    public EmailVerification requestEmailVerification() {
        return requestEmailVerification(RequestOptions.none());
    }

    /**
     * Mails the signed-in user a new link that verifies their address (needs a user's token, not an API key).
     *
     * @param options a deadline
     * @return the caller's address and whether it is verified
     * @throws PermissionException when the client uses an API key
     */
    public EmailVerification requestEmailVerification(RequestOptions options) {
        return transport.send(Call.post("auth", "verify-email").notDeduplicated().body(Map.of()).options(options),
                EmailVerification.class);
    }

    /**
     * Confirms an e-mail address with the token of the link mailed to it; sent without the client's credentials
     * (the token is the credential). A token works once, for 24 hours.
     *
     * @param token the token, the last segment of the link
     * @return the verified address
     * @throws io.soundport.sdk.exception.ValidationException when the token is unknown, used or expired
     * @throws ValidationException when the token is unknown, used or expired
     */
    public EmailVerification verifyEmail(String token) {
        return verifyEmail(token, RequestOptions.none());
    }

    /**
     * Confirms an e-mail address with the token of the link mailed to it.
     *
     * @param token   the token, the last segment of the link
     * @param options a deadline
     * @return the verified address
     * @throws ValidationException when the token is unknown, used or expired
     */
    public EmailVerification verifyEmail(String token, RequestOptions options) {
        Call call = Call.get("auth", "verify-email", token).anonymous().secretLastSegment().options(options);
        return transport.send(call, EmailVerification.class);
    }

    /**
     * The signed-in user, their organization, role and tier (needs a user's token, not an API key).
     *
     * @return the profile
     * @throws PermissionException when the client uses an API key
     */
    public Profile profile() {
        return profile(RequestOptions.none());
    }

    /**
     * The signed-in user, their organization, role and tier (needs a user's token, not an API key).
     *
     * @param options a deadline
     * @return the profile
     * @throws PermissionException when the client uses an API key
     */
    public Profile profile(RequestOptions options) {
        return transport.send(Call.get("auth", "profile").options(options), Profile.class);
    }
}
