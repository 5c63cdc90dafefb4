package io.soundport.domain.catalog;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

/** Persistence of releases, always within one organization; a UPC is unique within one (CONFLICT otherwise). */
public interface Releases {
    void add(Release release);

    Optional<Release> find(OrganizationId organizationId, ReleaseId id);

    /**
     * The release with its artist and its tracks in order (position, then creation), read in one round trip where
     * the storage allows it: what a single read of a release answers. Empty when the organization has no such
     * release; NOT_FOUND when its artist is missing.
     */
    Optional<ReleaseDetails> findDetails(OrganizationId organizationId, ReleaseId id);

    /** Stores a changed release loaded at {@code release.version()}; returns it with its new version. */
    Release update(Release release);

    boolean remove(OrganizationId organizationId, ReleaseId id);

    /** Newest first. */
    Page<Release> list(OrganizationId organizationId, ReleaseFilter filter, PageRequest page);

    boolean existsForArtist(OrganizationId organizationId, ArtistId artistId);
}
