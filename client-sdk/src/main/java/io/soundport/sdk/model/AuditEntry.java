package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * One change, as the audit log keeps it: who made it, what it was, to which resource, when and from where. It never
 * holds a request body, a key, a token or a secret.
 *
 * @param id             the entry's id ({@code aud_...})
 * @param organizationId the organization the change was made in
 * @param actorTypeValue the kind of actor as sent; {@link #actorType()} reads it as an enum
 * @param actorId        the user ({@code usr_...}) or API key ({@code key_...}) that made the change
 * @param action         {@code resource_type.what_happened}, such as {@code release.updated}
 * @param resourceType   the kind of resource changed, such as {@code release}
 * @param resourceId     the resource changed
 * @param ipAddress      the client's address as the server saw it (behind trusted proxies), or null
 * @param userAgent      the client's {@code User-Agent}, cut to 256 characters, or null
 * @param requestId      the {@code X-Request-Id} of the request that made the change, or null
 * @param occurredAt     when the change was made
 */
public record AuditEntry(String id, String organizationId, @JsonProperty("actor_type") String actorTypeValue,
                         String actorId, String action, String resourceType, String resourceId, String ipAddress,
                         String userAgent, String requestId, Instant occurredAt) {
    /**
     * Who made the change.
     *
     * @return the actor type, {@link AuditActorType#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #actorTypeValue()})
     */
    public AuditActorType actorType() {
        return AuditActorType.fromValue(actorTypeValue);
    }
}
