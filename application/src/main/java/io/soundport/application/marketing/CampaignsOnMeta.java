package io.soundport.application.marketing;

import io.soundport.application.integrations.ConnectionService;
import io.soundport.application.integrations.MemberConnection;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.ads.AdCampaign;
import io.soundport.domain.integrations.ads.AdsPlatform;
import io.soundport.domain.integrations.ads.Breakdown;
import io.soundport.domain.integrations.ads.CampaignChange;
import io.soundport.domain.integrations.ads.DatePreset;
import io.soundport.domain.integrations.ads.Insights;
import io.soundport.domain.integrations.ads.InsightsQuery;
import io.soundport.domain.integrations.ads.InsightsRow;
import io.soundport.domain.integrations.ads.NewCampaign;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignBreakdown;
import io.soundport.domain.marketing.CampaignDay;
import io.soundport.domain.marketing.CampaignMetrics;
import io.soundport.domain.marketing.CampaignPlan;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A campaign as it runs on Meta, through {@link AdsPlatform}: created in its ad account with the launching member's
 * connection, then paused, resumed, given its budget and measured through that same connection (whoever asks).
 * Meta takes one budget per campaign: the daily budget when the plan has one, else the whole budget as a lifetime
 * budget.
 */
public final class CampaignsOnMeta {
    private final ConnectionService connections;
    private final AdsPlatform ads;

    public CampaignsOnMeta(ConnectionService connections, AdsPlatform ads) {
        this.connections = connections;
        this.ads = ads;
    }

    /**
     * Creates the campaign on Meta, PAUSED (it spends nothing until it is set ACTIVE), through the caller's Meta
     * connection; what it now runs as.
     */
    Campaign.OnMeta create(Caller caller, Campaign campaign) {
        CampaignPlan plan = campaign.plan();
        AdCampaign created = connections.withAccess(caller, Provider.META, token -> ads.createCampaign(token,
                new NewCampaign(plan.adAccountId(), plan.name(), plan.objective(),
                        io.soundport.domain.integrations.ads.CampaignStatus.PAUSED, plan.dailyBudget(),
                        plan.dailyBudget() == null ? plan.budget() : null)));
        return new Campaign.OnMeta(created.id(), caller.requireUser());
    }

    /** Sets the Meta campaign ACTIVE or PAUSED. */
    void setStatus(Campaign campaign, io.soundport.domain.integrations.ads.CampaignStatus status) {
        through(campaign, token -> {
            ads.updateCampaign(token, campaign.meta().campaignId(), new CampaignChange(status, null, null));
            return null;
        });
    }

    /** Gives the Meta campaign the plan's budget. */
    void setBudget(Campaign campaign) {
        CampaignPlan plan = campaign.plan();
        through(campaign, token -> {
            ads.updateCampaign(token, campaign.meta().campaignId(), new CampaignChange(null, plan.dailyBudget(),
                    plan.dailyBudget() == null ? plan.budget() : null));
            return null;
        });
    }

    /**
     * What the campaign has done over its whole life, as Meta reports it now: spend rounded to the currency's minor
     * units, conversions counted whole. Nothing yet when Meta has no row (it has not run a day).
     */
    CampaignMetrics lifetime(Campaign campaign, Instant now) {
        Insights insights = insights(campaign, InsightsQuery.preset(campaign.meta().campaignId(), DatePreset.MAXIMUM,
                null, Set.of()));
        Currency currency = campaign.plan().budget().currency();
        long impressions = 0;
        long reach = 0;
        long clicks = 0;
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal conversions = BigDecimal.ZERO;
        for (InsightsRow row : insights.rows()) {
            impressions += row.impressions();
            reach += row.reach();
            clicks += row.clicks();
            spend = spend.add(row.spend());
            conversions = conversions.add(row.conversions());
        }
        return new CampaignMetrics(money(spend, currency), impressions, reach, clicks, whole(conversions), now);
    }

    /**
     * What the campaign did on each day from {@code from} to {@code to} as Meta reports it now: each day's totals, and
     * the day split by country and by publisher platform (three reads). Days Meta has no row for are left out.
     */
    List<CampaignDay> days(Campaign campaign, LocalDate from, LocalDate to) {
        List<CampaignDay> days = new ArrayList<>();
        days.addAll(days(campaign, from, to, CampaignBreakdown.NONE, null));
        days.addAll(days(campaign, from, to, CampaignBreakdown.COUNTRY, Breakdown.COUNTRY));
        days.addAll(days(campaign, from, to, CampaignBreakdown.PUBLISHER_PLATFORM, Breakdown.PUBLISHER_PLATFORM));
        return days;
    }

    private List<CampaignDay> days(Campaign campaign, LocalDate from, LocalDate to, CampaignBreakdown breakdown,
                                   Breakdown split) {
        Insights insights = insights(campaign, InsightsQuery.between(campaign.meta().campaignId(), from, to, 1,
                split == null ? Set.of() : Set.of(split)));
        Currency currency = campaign.plan().budget().currency();
        List<CampaignDay> days = new ArrayList<>();
        for (InsightsRow row : insights.rows()) {
            String value = split == null ? "" : row.breakdowns().getOrDefault(split, "").strip();
            if (split != null && (value.isEmpty() || value.length() > CampaignDay.MAX_VALUE_LENGTH)) {
                throw DomainException.integration("Meta reports a " + split.slug() + " of campaign "
                        + campaign.meta().campaignId() + " that cannot be read: '" + value + "'");
            }
            days.add(new CampaignDay(campaign.id(), row.dateStart(), breakdown,
                    breakdown == CampaignBreakdown.COUNTRY ? value.toUpperCase(Locale.ROOT) : value,
                    row.impressions(), row.reach(), row.clicks(), money(row.spend(), currency),
                    whole(row.conversions())));
        }
        return days;
    }

    /** The insights, which must be in the campaign's currency (the ad account's). */
    private Insights insights(Campaign campaign, InsightsQuery query) {
        Insights insights = through(campaign, token -> ads.insights(token, query));
        Currency currency = campaign.plan().budget().currency();
        if (insights.currency() != null && !insights.currency().equals(currency)) {
            throw DomainException.integration("Meta reports campaign " + campaign.meta().campaignId() + " in "
                    + insights.currency() + ", not in its budget's " + currency);
        }
        return insights;
    }

    /** Spend rounded to the currency's minor units. */
    private static Money money(BigDecimal amount, Currency currency) {
        return Money.ofDecimal(amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP), currency,
                "spend");
    }

    /** Conversions counted whole (Meta may report fractions of attributed conversions). */
    private static long whole(BigDecimal conversions) {
        return conversions.setScale(0, RoundingMode.DOWN).longValueExact();
    }

    private <T> T through(Campaign campaign, Function<String, T> call) {
        return connections.withAccessOf(new MemberConnection(campaign.organizationId(), campaign.meta().connectedBy(),
                Provider.META), call);
    }
}
