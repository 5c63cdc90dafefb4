package io.soundport.application.marketing;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.marketing.AudienceId;

import java.util.List;

/**
 * What else in the organization uses an audience (campaigns target audiences): {@link AudienceService#delete} refuses
 * with CONFLICT to delete an audience that something uses, naming them: {@link CampaignsUsingAudience}, or
 * {@link #NONE} where nothing can.
 */
@FunctionalInterface
public interface AudienceUsage {
    AudienceUsage NONE = (organizationId, audience) -> List.of();

    /** The ids of what uses the audience (such as {@code cmp_…}), empty when nothing does. */
    List<String> usersOf(OrganizationId organizationId, AudienceId audience);
}
