package io.soundport.domain.integrations;

import io.soundport.domain.identity.OrganizationId;

import java.util.Optional;

/** Persistence of track imports. */
public interface TrackSyncs {
    /** Stores a new one; CONFLICT when its id exists. */
    void add(TrackSync sync);

    /** The import of this organization with this id; empty for another organization's. */
    Optional<TrackSync> find(OrganizationId organizationId, TrackSyncId id);

    /**
     * Stores the changed import at its version plus one and answers it so; PRECONDITION_FAILED when the stored one is
     * no longer at {@code sync.version()}, NOT_FOUND when there is none.
     */
    TrackSync update(TrackSync sync);
}
