package io.soundport.domain.integrations;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;

import java.util.List;
import java.util.Optional;

/** Persistence of connections: one per organization, user and provider. */
public interface Connections {
    /** Stores a new connection; CONFLICT when the user already has one to this provider in this organization. */
    void add(Connection connection);

    Optional<Connection> find(OrganizationId organizationId, UserId userId, Provider provider);

    /** The user's connections in this organization, in the order of {@link Provider}. */
    List<Connection> listFor(OrganizationId organizationId, UserId userId);

    /**
     * Stores the changed connection at its version plus one and answers it so; PRECONDITION_FAILED when the stored
     * one is no longer at {@code connection.version()}, NOT_FOUND when it is gone.
     */
    Connection update(Connection connection);

    /** Deletes the user's connection to this provider; false when there was none. */
    boolean remove(OrganizationId organizationId, UserId userId, Provider provider);

    /** Deletes every connection of this user in this organization (they left it); how many there were. */
    int removeAllOf(OrganizationId organizationId, UserId userId);
}
