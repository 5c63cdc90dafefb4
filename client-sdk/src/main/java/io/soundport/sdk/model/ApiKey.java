package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.param.ApiKeyScope;

import java.time.Instant;
import java.util.List;

/**
 * An API key as listed: its prefix and state, never the key itself.
 *
 * @param id         the key's id
 * @param appId      the application it belongs to
 * @param name       its name
 * @param prefix     the first characters of the key, to recognise it
 * @param scopeValues the scopes as sent; {@link #scopes()} reads them as enums
 * @param createdAt  when it was issued
 * @param expiresAt  when it expires, or null
 * @param revokedAt  when it was revoked, or null
 * @param lastUsedAt when it was last used, or null
 * @param active     whether it works now
 */
public record ApiKey(String id, String appId, String name, String prefix,
                     @JsonProperty("scopes") List<String> scopeValues, Instant createdAt, Instant expiresAt,
                     Instant revokedAt, Instant lastUsedAt, boolean active) {
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
