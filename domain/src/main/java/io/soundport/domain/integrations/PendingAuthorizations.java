package io.soundport.domain.integrations;

import java.time.Instant;
import java.util.Optional;

/** Persistence of OAuth authorizations under way, each used at most once. */
public interface PendingAuthorizations {
    /** Stores a new one; CONFLICT when one with this state hash exists. */
    void add(PendingAuthorization pending);

    /**
     * Takes the authorization of this state hash away and answers it: a second take of the same state answers empty,
     * and of two concurrent takes exactly one answers it. An expired one is taken away too, and answered (the caller
     * says it expired).
     */
    Optional<PendingAuthorization> take(String stateHash);

    /** Deletes those that expired before {@code now}; how many there were. */
    int removeExpired(Instant now);
}
