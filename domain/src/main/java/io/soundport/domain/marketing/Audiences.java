package io.soundport.domain.marketing;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/**
 * Persistence of audiences and of the members of custom audiences (only their hashes), always within one
 * organization.
 */
public interface Audiences {
    /** Adds a new audience; an id already stored is a conflict on {@code id}. */
    void add(Audience audience);

    Optional<Audience> find(OrganizationId organizationId, AudienceId id);

    /**
     * Stores a changed audience loaded at {@code audience.version()}; returns it with its new version. Another version
     * stored meanwhile is PRECONDITION_FAILED, a missing one NOT_FOUND. Its creation time stays as it was stored.
     */
    Audience update(Audience audience);

    /** Removes it with its members; false when it was not there. */
    boolean remove(OrganizationId organizationId, AudienceId id);

    /**
     * The organization's audiences that pass the filter, newest first (creation time, then id); the type and the
     * origin are read from indexes on every backend.
     */
    Page<Audience> list(OrganizationId organizationId, AudienceFilter filter, PageRequest page);

    /**
     * Stores the members of the audience whose {@link AudienceMember#key()} it does not hold yet, and answers how many
     * that was (a key given twice counts once). The caller keeps the audience's member count by it, in the same
     * unit of work. A member stored at once by a concurrent call may fail the call with CONFLICT.
     */
    int addMembers(OrganizationId organizationId, AudienceId id, List<AudienceMember> members);

    /** Removes the members of those keys; answers how many were there. */
    int removeMembers(OrganizationId organizationId, AudienceId id, List<String> keys);

    /** Up to {@code limit} members of the audience in the order of their keys, after {@code afterKey} (null: from the first). */
    List<AudienceMember> members(OrganizationId organizationId, AudienceId id, String afterKey, int limit);

    /** The position of an audience in {@link #list}. */
    static Cursor cursorOf(Audience audience) {
        return new Cursor(audience.createdAt(), audience.id().value());
    }
}
