package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.param.ApiKeyScope;

import java.time.Instant;
import java.util.List;

/**
 * A new API key, with the key in clear: the only time it is shown. {@link #toString()} hides it.
 *
 * @param id        the key's id
 * @param appId     the application it belongs to
 * @param name      its name
 * @param key       the key, to send as {@code X-API-Key}
 * @param prefix    the first characters of the key
 * @param scopeValues the scopes as sent; {@link #scopes()} reads them as enums
 * @param createdAt when it was issued
 * @param expiresAt when it expires, or null
 */
public record IssuedApiKey(String id, String appId, String name, String key, String prefix,
                           @JsonProperty("scopes") List<String> scopeValues, Instant createdAt, Instant expiresAt) {
    @Override
    public String toString() {
        return "IssuedApiKey[id=" + id + ", appId=" + appId + ", name=" + name + ", prefix=" + prefix + ", scopes="
                + scopeValues + ", createdAt=" + createdAt + ", expiresAt=" + expiresAt + "]";
    }

    /**
     * What the key may do.
     *
     * @return the scopes as enums, {@link ApiKeyScope#UNKNOWN} for one this SDK does not know; the raw strings are
     *         {@link #scopeValues()}
     */
    public List<ApiKeyScope> scopes() {
        return scopeValues == null ? null : scopeValues.stream().map(ApiKeyScope::fromValue).toList();
    }
}
