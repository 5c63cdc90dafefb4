package io.soundport.domain.marketing;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Persistence of campaigns, always within one organization (but for {@link #running}, read by the insights job). */
public interface Campaigns {
    /** Adds a new campaign; an id already stored is a conflict on {@code id}. */
    void add(Campaign campaign);

    Optional<Campaign> find(OrganizationId organizationId, CampaignId id);

    /**
     * Stores a changed campaign loaded at {@code campaign.version()}; returns it with its new version. Another
     * version stored meanwhile is PRECONDITION_FAILED, a missing one NOT_FOUND.
     */
    Campaign update(Campaign campaign);

    /** Removes it; false when it was not there. */
    boolean remove(OrganizationId organizationId, CampaignId id);

    /**
     * The organization's campaigns that pass the filter, newest first (by creation time, then id); the status is
     * read from an index on every backend.
     */
    Page<Campaign> list(OrganizationId organizationId, CampaignFilter filter, PageRequest page);

    /**
     * Up to {@code limit} ACTIVE or PAUSED campaigns of every organization, by id after {@code afterId} (null: from
     * the first): what the scheduled insights job walks through.
     */
    List<Campaign> running(String afterId, int limit);

    /** Up to {@code limit} of the organization's campaigns that name that audience, by id. */
    List<CampaignId> using(OrganizationId organizationId, AudienceId audienceId, int limit);

}
