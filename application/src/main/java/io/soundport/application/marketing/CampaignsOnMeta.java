package io.soundport.application.marketing;

import io.soundport.application.integrations.ConnectionService;
import io.soundport.application.integrations.MemberConnection;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.ads.AdCampaign;
import io.soundport.domain.integrations.ads.AdsPlatform;
import io.soundport.domain.integrations.ads.CampaignChange;
import io.soundport.domain.integrations.ads.DatePreset;
import io.soundport.domain.integrations.ads.Insights;
import io.soundport.domain.integrations.ads.InsightsQuery;
import io.soundport.domain.integrations.ads.InsightsRow;
import io.soundport.domain.integrations.ads.NewCampaign;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignMetrics;
import io.soundport.domain.marketing.CampaignPlan;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
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

    /** Creates the campaign on Meta, ACTIVE, through the caller's Meta connection; what it now runs as. */
    Campaign.OnMeta create(Caller caller, Campaign campaign) {
        CampaignPlan plan = campaign.plan();
        AdCampaign created = connections.withAccess(caller, Provider.META, token -> ads.createCampaign(token,
                new NewCampaign(plan.adAccountId(), plan.name(), plan.objective(),
                        io.soundport.domain.integrations.ads.CampaignStatus.ACTIVE, plan.dailyBudget(),
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
        Insights insights = through(campaign, token -> ads.insights(token, InsightsQuery.preset(
                campaign.meta().campaignId(), DatePreset.MAXIMUM, null, Set.of())));
        Currency currency = campaign.plan().budget().currency();
        if (insights.currency() != null && !insights.currency().equals(currency)) {
            throw DomainException.integration("Meta reports campaign " + campaign.meta().campaignId() + " in "
                    + insights.currency() + ", not in its budget's " + currency);
        }
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
        Money spent = Money.ofDecimal(spend.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP),
                currency, "spend");
        return new CampaignMetrics(spent, impressions, reach, clicks,
                conversions.setScale(0, RoundingMode.DOWN).longValueExact(), now);
    }

    private <T> T through(Campaign campaign, Function<String, T> call) {
        return connections.withAccessOf(new MemberConnection(campaign.organizationId(), campaign.meta().connectedBy(),
                Provider.META), call);
    }
}
