package io.soundport.adapters.rest.marketing;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.analytics.AudienceReport;
import io.soundport.application.analytics.CampaignReport;
import io.soundport.application.analytics.CampaignTotals;
import io.soundport.domain.marketing.CampaignStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** What the campaign analytics endpoints answer. */
final class CampaignAnalyticsViews {
    private CampaignAnalyticsViews() {
    }

    @Schema(name = "CampaignTotals", description = "What a campaign did over some days, added up, with the ratios of "
            + "those totals (null when there is nothing to divide by). People reached are not summed: a person "
            + "reached on two days is one person")
    record TotalsView(long impressions, long clicks, AmountView spend, long conversions,
                      @Nullable @Schema(type = "string", format = "decimal", example = "1.2500",
                              description = "clicks per 100 impressions") String ctr,
                      @Nullable @Schema(type = "string", format = "decimal", example = "0.4200",
                              description = "spend per click, major units") String cpc,
                      @Nullable @Schema(type = "string", format = "decimal", example = "5.2500",
                              description = "spend per 1,000 impressions, major units") String cpm) {
        static TotalsView of(CampaignTotals t) {
            return new TotalsView(t.impressions(), t.clicks(), AmountView.of(t.spend()), t.conversions(),
                    plain(t.ctr()), plain(t.cpc()), plain(t.cpm()));
        }

        private static String plain(BigDecimal value) {
            return value == null ? null : value.toPlainString();
        }
    }

    @Schema(name = "CampaignPoint", description = "What the campaign did in one UTC day or hour: a day as the ad "
            + "platform reports it, an hour as what the readings of that hour added to the one before; zero where "
            + "nothing was read")
    record PointView(@Schema(description = "the start of the day or hour") Instant start, long impressions,
                     @Nullable @Schema(description = "people reached that day, each once; null for an hour") Long reach,
                     long clicks, AmountView spend, long conversions) {
        static PointView of(CampaignReport.Point p) {
            return new PointView(p.start(), p.impressions(), p.reach(), p.clicks(), AmountView.of(p.spend()),
                    p.conversions());
        }
    }

    @Schema(name = "CampaignCountryTotals")
    record CountryView(@Schema(description = "ISO 3166-1 alpha-2 as the ad platform reports it") String country,
                       TotalsView totals) {
    }

    @Schema(name = "CampaignPlatformTotals")
    record PlatformView(@Schema(description = "where the ads ran, as the ad platform names it", example = "instagram")
                        String publisherPlatform, TotalsView totals) {
    }

    @Schema(name = "CampaignAnalytics", description = "A campaign's analytics, from the daily insights last read from "
            + "the ad platform (every hour by default while it runs)")
    record CampaignAnalyticsView(String campaignId, String name,
                                 @Schema(implementation = CampaignStatus.class) String status, LocalDate from,
                                 LocalDate to, @Schema(allowableValues = {"day", "hour"}) String granularity,
                                 @Schema(description = "the totals of the period's days") TotalsView totals,
                                 @Schema(description = "one point per day or hour of the period, those without a "
                                         + "reading included") List<PointView> series,
                                 @Schema(description = "most impressions first") List<CountryView> byCountry,
                                 @Schema(description = "most impressions first") List<PlatformView> byPlatform,
                                 @Nullable @Schema(description = "when the ad platform was last read; null before "
                                         + "the first reading") Instant asOf) {
        static CampaignAnalyticsView of(CampaignReport r) {
            return new CampaignAnalyticsView(r.campaignId().value(), r.name(), r.status().name(), r.period().from(),
                    r.period().to(), r.granularity().name().toLowerCase(Locale.ROOT), TotalsView.of(r.totals()),
                    r.series().stream().map(PointView::of).toList(),
                    r.byCountry().stream().map(s -> new CountryView(s.value(), TotalsView.of(s.totals()))).toList(),
                    r.byPlatform().stream().map(s -> new PlatformView(s.value(), TotalsView.of(s.totals())))
                            .toList(),
                    r.asOf());
        }
    }

    @Schema(name = "AudienceCampaignTotals")
    record AudienceCampaignView(String campaignId, String name,
                                @Schema(implementation = CampaignStatus.class) String status, TotalsView totals) {
    }

    @Schema(name = "AudienceInsights", description = "What the campaigns that target an audience did over a period. "
            + "The ad platform does not split a campaign's results by audience: a campaign that targets several "
            + "audiences counts whole in each")
    record AudienceInsightsView(String audienceId, String name, long memberCount, LocalDate from, LocalDate to,
                                @Schema(description = "at most 100, most impressions first")
                                List<AudienceCampaignView> campaigns, long impressions, long clicks,
                                @Schema(description = "one amount per currency") List<AmountView> spend,
                                long conversions) {
        static AudienceInsightsView of(AudienceReport r) {
            return new AudienceInsightsView(r.audience().id().value(), r.audience().name(), r.audience().memberCount(),
                    r.period().from(), r.period().to(), r.campaigns().stream().map(c -> new AudienceCampaignView(
                            c.campaignId().value(), c.name(), c.status().name(), TotalsView.of(c.totals()))).toList(),
                    r.impressions(), r.clicks(), r.spend().stream().map(AmountView::of).toList(), r.conversions());
        }
    }
}
