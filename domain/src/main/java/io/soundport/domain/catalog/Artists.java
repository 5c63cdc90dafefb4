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

    /** Stores a changed artist loaded at {@code artist.version()}; returns it with its new version. */
    Artist update(Artist artist);

    boolean remove(OrganizationId organizationId, ArtistId id);

    /** Newest first; {@code nameContains} (case-insensitive) may be null. */
    Page<Artist> list(OrganizationId organizationId, String nameContains, PageRequest page);
}
