package io.soundport.sdk.model;

import java.time.Instant;
import java.util.List;

/**
 * Whether a key is valid now, and for whom. An invalid key says nothing else.
 *
 * @param valid          whether the key works now
 * @param appId          its application, or null when invalid
 * @param organizationId its organization, or null when invalid
 * @param scopes         its scopes, or null when invalid
 * @param expiresAt      when it expires, or null
 */
public record ApiKeyVerification(boolean valid, String appId, String organizationId, List<String> scopes,
                                 Instant expiresAt) {
}
