package io.soundport.application.analytics;

import io.soundport.domain.marketing.CampaignBreakdown;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * A campaign's days as CSV: one row per day ({@link CampaignBreakdown#NONE}, the default) or per day and country or
 * publisher platform, over a period whose left-out bounds are the campaign's own.
 */
public record ExportCampaignCommand(CampaignId campaignId, OpenPeriod period, CampaignBreakdown breakdown) {
    public ExportCampaignCommand {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(breakdown, "breakdown");
        if (breakdown == CampaignBreakdown.HOURLY_READING) {
            throw DomainException.invalid("breakdown", "must be one of none, country, publisher_platform");
        }
    }

    /** Every invalid field reported at once. */
    public static ExportCampaignCommand of(CampaignId campaignId, String from, String to, String breakdown) {
        Validation v = new Validation();
        OpenPeriod period = v.nested("", () -> OpenPeriod.of(from, to));
        CampaignBreakdown by = v.field("breakdown", () -> CampaignBreakdown.parse(breakdown, "breakdown"));
        v.throwIfInvalid();
        return new ExportCampaignCommand(campaignId, period, by);
    }
}
