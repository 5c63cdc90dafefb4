package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.param.ApiKeyScope;

import java.time.Instant;
import java.util.List;

/**
 * Whether a key is valid now, and for whom. An invalid key says nothing else.
 *
 * @param valid          whether the key works now
 * @param appId          its application, or null when invalid
 * @param organizationId its organization, or null when invalid
 * @param scopeValues    the scopes as sent; {@link #scopes()} reads them as enums
 * @param expiresAt      when it expires, or null
 */
public record ApiKeyVerification(boolean valid, String appId, String organizationId,
                                 @JsonProperty("scopes") List<String> scopeValues, Instant expiresAt) {
    /**
     * What the key may do, or null when it is not valid.
     *
     * @return the scopes as enums, {@link ApiKeyScope#UNKNOWN} for one this SDK does not know; the raw strings are
     *         {@link #scopeValues()}
     */
    public List<ApiKeyScope> scopes() {
        return scopeValues == null ? null : scopeValues.stream().map(ApiKeyScope::fromValue).toList();
    }
}
