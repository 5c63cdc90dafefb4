package io.soundport.sdk;

import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.ApiKey;
import io.soundport.sdk.model.ApiKeyVerification;
import io.soundport.sdk.model.IssuedApiKey;
import io.soundport.sdk.param.ApiKeyCreateParams;
import io.soundport.sdk.param.ListParams;

import java.util.Map;

import static io.soundport.sdk.Transport.Call;

/**
 * API keys of partner applications: issued once in clear, listed by prefix, revoked; and verified by anyone.
 * Reached through {@link SoundportClient#apiKeys()}.
 * <p>Needs the {@code admin} scope (or the ADMIN role), except {@code verify}, which needs no credentials. Every
 * method may also throw the exceptions the {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class ApiKeyService {
    private final Transport transport;

    ApiKeyService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Issues a key for an application; {@link IssuedApiKey#key()} is shown this once.
     *
     * @param appId  the application's id
     * @param params name, scopes, expiry
     * @return the key, in clear
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the organization has no application with this id
     */
    public IssuedApiKey create(String appId, ApiKeyCreateParams params) {
        return create(appId, params, RequestOptions.none());
    }

    /**
     * Issues a key for an application; {@link IssuedApiKey#key()} is shown this once.
     *
     * @param appId   the application's id
     * @param params  name, scopes, expiry
     * @param options an idempotency key, a deadline
     * @return the key, in clear
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the organization has no application with this id
     */
    public IssuedApiKey create(String appId, ApiKeyCreateParams params, RequestOptions options) {
        return transport.send(Call.post("apps", appId, "api-keys").body(params).options(options), IssuedApiKey.class);
    }

    /**
     * The first page of an application's keys: prefixes and last use, never the keys.
     *
     * @param appId the application's id
     * @return the first page
     * @throws NotFoundException when the organization has no application with this id
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<ApiKey> list(String appId) {
        return list(appId, ListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of an application's keys: prefixes and last use, never the keys.
     *
     * @param appId  the application's id
     * @param params limit and cursor
     * @return the page
     * @throws NotFoundException when the organization has no application with this id
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<ApiKey> list(String appId, ListParams params) {
        return list(appId, params, RequestOptions.none());
    }

    /**
     * A page of an application's keys: prefixes and last use, never the keys.
     *
     * @param appId   the application's id
     * @param params  limit and cursor
     * @param options a deadline
     * @return the page
     * @throws NotFoundException when the organization has no application with this id
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<ApiKey> list(String appId, ListParams params, RequestOptions options) {
        return transport.list(Call.get("apps", appId, "api-keys").query(params).options(options), ApiKey.class);
    }

    /**
     * Revokes a key; it stops working within seconds.
     *
     * @param appId the application's id
     * @param keyId the key's id
     * @throws NotFoundException when the application or the key is not in the organization
     */
    public void revoke(String appId, String keyId) {
        revoke(appId, keyId, RequestOptions.none());
    }

    /**
     * Revokes a key; it stops working within seconds.
     *
     * @param appId   the application's id
     * @param keyId   the key's id
     * @param options a deadline (a key has no version: {@code ifMatch} is refused before sending)
     * @throws NotFoundException when the application or the key is not in the organization
     */
    public void revoke(String appId, String keyId, RequestOptions options) {
        transport.send(Call.delete("apps", appId, "api-keys", keyId).options(options), Void.class);
    }

    /**
     * Whether a key is valid now, and for whom; an invalid key says nothing about why. Sent without credentials.
     *
     * @param key the key in clear
     * @return the verdict
     * @throws ValidationException when no key is given
     */
    public ApiKeyVerification verify(String key) {
        return verify(key, RequestOptions.none());
    }

    /**
     * Whether a key is valid now, and for whom; an invalid key says nothing about why. Sent without credentials.
     *
     * @param key     the key in clear
     * @param options a deadline
     * @return the verdict
     * @throws ValidationException when no key is given
     */
    public ApiKeyVerification verify(String key, RequestOptions options) {
        return transport.send(Call.post("api-keys", "verify").notDeduplicated().body(Map.of("key", key)).anonymous()
                .options(options), ApiKeyVerification.class);
    }
}
