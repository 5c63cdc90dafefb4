package io.soundport.domain.marketing;

import io.soundport.domain.identity.OrganizationId;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The daily insights of the organization's campaigns, kept as the ad platform last reported them, so that campaign
 * analytics read them without calling the platform. Writes are idempotent upserts and are not part of a unit of work:
 * a reading stored twice is the same reading.
 */
public interface CampaignInsights {
    /** Stores the days, each replacing the one of the same campaign, day, breakdown and value. */
    void put(OrganizationId organizationId, List<CampaignDay> days);

    /**
     * Hands the campaign's days of that breakdown from {@code from} to {@code to} (both included) to {@code each}, by
     * day then value, as the backend pages through them (never all held at once).
     */
    void forEach(OrganizationId organizationId, CampaignId campaignId, CampaignBreakdown breakdown, LocalDate from,
                 LocalDate to, Consumer<CampaignDay> each);

    /**
     * The day totals ({@link CampaignBreakdown#NONE}) of every campaign of the organization from {@code from} to
     * {@code to}, both included, in no particular order.
     */
    List<CampaignDay> totals(OrganizationId organizationId, LocalDate from, LocalDate to);

    /** Removes every day of the campaign (it was deleted). */
    void removeAll(OrganizationId organizationId, CampaignId campaignId);
}
