package io.soundport.domain.catalog;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

/** Persistence of artists, always within one organization. */
public interface Artists {
    void add(Artist artist);

    Optional<Artist> find(OrganizationId organizationId, ArtistId id);

    /** The artist of that exact name (case-insensitive), the oldest when there are several. */
    Optional<Artist> findByName(OrganizationId organizationId, String name);

    /**
     * The artist of the candidate's name in its organization, as {@link #findByName} finds it; when there is none,
     * adds the candidate and returns it (so the caller tells a creation by the id it gets back). Concurrent calls for
     * the same new name add one artist: the others get that one, or, inside units of work on a storage that checks
     * at commit (DynamoDB), a CONFLICT that writes nothing of theirs. Meant to run inside a unit of work, where a
     * created artist commits with the rest.
     */
    Artist findByNameOrAdd(Artist candidate);

    /** Stores a changed artist loaded at {@code artist.version()}; returns it with its new version. */
    Artist update(Artist artist);

    boolean remove(OrganizationId organizationId, ArtistId id);

    /** Newest first; {@code nameContains} (case-insensitive) may be null. */
    Page<Artist> list(OrganizationId organizationId, String nameContains, PageRequest page);
}
