package io.soundport.domain.identity;

import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.time.Instant;
import java.util.Optional;

/** Persistence of API keys, found by id within an organization or by the SHA-256 of the key. */
public interface ApiKeys {
    void add(ApiKey key);

    Optional<ApiKey> find(OrganizationId organizationId, ApiKeyId id);

    Optional<ApiKey> findByHash(String keyHash);

    /** The keys of one application, newest first. */
    Page<ApiKey> list(OrganizationId organizationId, ApplicationId applicationId, PageRequest page);

    /** Sets {@code revoked_at} when not set yet; false when no such key. */
    boolean revoke(OrganizationId organizationId, ApiKeyId id, Instant at);

    /** Revokes every key of an application; returns how many were revoked now. */
    int revokeAll(OrganizationId organizationId, ApplicationId applicationId, Instant at);

    /** Records the last use of a key. */
    void touch(ApiKeyId id, Instant at);
}
