package io.soundport.domain.catalog;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Persistence of tracks, always within one organization. */
public interface Tracks {
    void add(Track track);

    /**
     * Adds the tracks in one go (one statement or one batch where the storage allows), as {@link #add} would one by
     * one, and with the same error: a track whose id is taken, in the store or earlier in the list, fails the whole
     * call (CONFLICT) and none of them is added. Inside a unit of work the tracks commit or roll back with it; on
     * DynamoDB a unit of work of more than 100 items commits in several {@code TransactWriteItems} calls (see its
     * {@code TransactionRunner}), so a release of more than about 90 tracks (with its other writes) is not written
     * at once there.
     */
    void addAll(List<Track> tracks);

    Optional<Track> find(OrganizationId organizationId, TrackId id);

    /** Stores a changed track loaded at {@code track.version()}; returns it with its new version. */
    Track update(Track track);

    boolean remove(OrganizationId organizationId, TrackId id);

    /** Removes every track of a release; returns how many. */
    int removeOfRelease(OrganizationId organizationId, ReleaseId releaseId);

    /** The tracks of a release in their order (position, then creation). */
    List<Track> ofRelease(OrganizationId organizationId, ReleaseId releaseId);

    /** Newest first. */
    Page<Track> list(OrganizationId organizationId, TrackFilter filter, PageRequest page);

    boolean existsForArtist(OrganizationId organizationId, ArtistId artistId);
}
