package io.soundport.sdk.model;

import java.time.Instant;
import java.util.List;

/**
 * An API key as listed: its prefix and state, never the key itself.
 *
 * @param id         the key's id
 * @param appId      the application it belongs to
 * @param name       its name
 * @param prefix     the first characters of the key, to recognise it
 * @param scopes     {@code read}, {@code write}, {@code admin}
 * @param createdAt  when it was issued
 * @param expiresAt  when it expires, or null
 * @param revokedAt  when it was revoked, or null
 * @param lastUsedAt when it was last used, or null
 * @param active     whether it works now
 */
public record ApiKey(String id, String appId, String name, String prefix, List<String> scopes, Instant createdAt,
                     Instant expiresAt, Instant revokedAt, Instant lastUsedAt, boolean active) {
}
