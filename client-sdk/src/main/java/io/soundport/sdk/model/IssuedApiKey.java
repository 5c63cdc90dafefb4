package io.soundport.sdk.model;

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
 * @param scopes    {@code read}, {@code write}, {@code admin}
 * @param createdAt when it was issued
 * @param expiresAt when it expires, or null
 */
public record IssuedApiKey(String id, String appId, String name, String key, String prefix, List<String> scopes,
                           Instant createdAt, Instant expiresAt) {
    @Override
    public String toString() {
        return "IssuedApiKey[id=" + id + ", appId=" + appId + ", name=" + name + ", prefix=" + prefix + ", scopes="
                + scopes + ", createdAt=" + createdAt + ", expiresAt=" + expiresAt + "]";
    }
}
