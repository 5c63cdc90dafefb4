package io.soundport.domain.marketing;

import io.soundport.domain.identity.OrganizationId;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The daily insights of the organization's campaigns, kept as the ad platform last reported them, so that campaign
 * analytics read them without calling the platform. Writes are idempotent upserts (a reading stored twice is the same
 * reading), so they need no unit of work: called outside one, a put is written at once, a large one in several steps
 * (a failure midway leaves some days written, and putting the same days again completes them); called inside one, it
 * joins it like any other write. A campaign's days outlive the campaign: what a deleted campaign spent is still spent
 * (the overview's campaign spend counts it).
 */
public interface CampaignInsights {
    /**
     * Stores the days, each replacing the one of the same campaign, day, breakdown and value (of two such days in one
     * call, the later). The days' campaigns are the organization's; no backend checks that they exist.
     */
    void put(OrganizationId organizationId, List<CampaignDay> days);

    /**
     * Hands the campaign's days of that breakdown from {@code from} to {@code to} (both included) to {@code each}, by
     * day then value (values compared by their Unicode code points), as the backend pages through them (never all
     * held at once). Nothing when {@code from} is after {@code to}.
     */
    void forEach(OrganizationId organizationId, CampaignId campaignId, CampaignBreakdown breakdown, LocalDate from,
                 LocalDate to, Consumer<CampaignDay> each);

    /**
     * The day totals ({@link CampaignBreakdown#NONE}) of every campaign of the organization from {@code from} to
     * {@code to}, both included, in no particular order; the slices of other breakdowns are not totals.
     */
    List<CampaignDay> totals(OrganizationId organizationId, LocalDate from, LocalDate to);
}
