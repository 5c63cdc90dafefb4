package io.soundport.adapters.rest.integrations;

import io.micronaut.core.annotation.Nullable;
import io.soundport.domain.integrations.ads.AdAccount;
import io.soundport.domain.integrations.ads.AdAccountStatus;
import io.soundport.domain.integrations.ads.AdCampaign;
import io.soundport.domain.integrations.ads.AdsList;
import io.soundport.domain.integrations.ads.Audience;
import io.soundport.domain.integrations.ads.ConversionsReceived;
import io.soundport.domain.integrations.ads.Insights;
import io.soundport.domain.integrations.ads.InsightsRow;
import io.soundport.domain.integrations.ads.UsersAdded;
import io.soundport.domain.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Meta's ads as the endpoints answer them: ids are Meta's; amounts and ratios are exact decimals in strings. */
final class MetaViews {
    private MetaViews() {
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    @Schema(name = "Money", description = "An exact amount in major units of a currency")
    record MoneyView(@Schema(example = "12.30") String amount, @Schema(example = "EUR") String currency) {
        static MoneyView of(Money money) {
            return money == null ? null : new MoneyView(money.decimal().toPlainString(),
                    money.currency().getCurrencyCode());
        }
    }

    @Schema(name = "MetaAdAccount")
    record AdAccountView(@Schema(example = "act_1000000001") String id, String name,
                         @Schema(description = "ISO 4217: every budget and amount of the account is in it")
                         String currency,
                         @Schema(implementation = AdAccountStatus.class) String status) {
        static AdAccountView of(AdAccount a) {
            return new AdAccountView(a.id().value(), a.name(), a.currency().getCurrencyCode(), a.status().name());
        }
    }

    @Schema(name = "MetaAdAccountList", description = "Every ad account of the connection; `truncated` when Meta "
            + "had more pages than are read at once")
    record AdAccountList(List<AdAccountView> data, boolean truncated) {
        static AdAccountList of(AdsList<AdAccount> accounts) {
            return new AdAccountList(accounts.items().stream().map(AdAccountView::of).toList(), accounts.truncated());
        }
    }

    @Schema(name = "MetaCampaign")
    record CampaignView(String id, String adAccountId, String name,
                        @Schema(description = "as Meta names it: OUTCOME_TRAFFIC..., or an older objective such as "
                                + "APP_INSTALLS") String objective,
                        @Schema(description = "as Meta names it (OTHER: one this API does not know)",
                                allowableValues = {"ACTIVE", "PAUSED", "DELETED", "ARCHIVED", "OTHER"}) String status,
                        @Nullable MoneyView dailyBudget, @Nullable MoneyView lifetimeBudget,
                        @Nullable Instant createdTime) {
        static CampaignView of(AdCampaign c) {
            return new CampaignView(c.id().value(), c.accountId().value(), c.name(), c.objectiveName(),
                    c.status().name(), MoneyView.of(c.dailyBudget()), MoneyView.of(c.lifetimeBudget()),
                    c.createdTime());
        }
    }

    @Schema(name = "MetaInsightsRow", description = "Counts, and amounts in the account's currency as exact "
            + "decimals: cpm per 1000 impressions, cpc per click, ctr in percent (null without impressions or clicks)")
    record InsightsRowView(LocalDate dateStart, LocalDate dateStop, long impressions, long reach, long clicks,
                           @Schema(example = "20.02") String spend, String conversions,
                           @Nullable String cpm, @Nullable String ctr, @Nullable String cpc,
                           @Schema(description = "the value of each breakdown asked for, by its name")
                           Map<String, String> breakdowns) {
        static InsightsRowView of(InsightsRow r) {
            Map<String, String> breakdowns = new TreeMap<>();
            r.breakdowns().forEach((k, v) -> breakdowns.put(k.slug(), v));
            return new InsightsRowView(r.dateStart(), r.dateStop(), r.impressions(), r.reach(), r.clicks(),
                    decimal(r.spend()), decimal(r.conversions()), decimal(r.cpm()), decimal(r.ctr()),
                    decimal(r.cpc()), breakdowns);
        }
    }

    @Schema(name = "MetaInsights", description = "`truncated` when Meta had more pages than are read at once: ask "
            + "for a shorter period or fewer breakdowns")
    record InsightsView(@Nullable @Schema(description = "ISO 4217, null without rows") String currency,
                        boolean truncated, List<InsightsRowView> data) {
        static InsightsView of(Insights insights) {
            return new InsightsView(insights.currency() == null ? null : insights.currency().getCurrencyCode(),
                    insights.truncated(), insights.rows().stream().map(InsightsRowView::of).toList());
        }
    }

    @Schema(name = "MetaConversionsReceived")
    record ConversionsView(int eventsReceived,
                           @Nullable @Schema(description = "Meta's trace id, for its support") String fbtraceId) {
        static ConversionsView of(ConversionsReceived r) {
            return new ConversionsView(r.eventsReceived(), r.fbtraceId());
        }
    }

    @Schema(name = "MetaAudience")
    record AudienceView(String id, String name) {
        static AudienceView of(Audience a) {
            return new AudienceView(a.id().value(), a.name());
        }
    }

    @Schema(name = "MetaAudienceUsersAdded")
    record UsersAddedView(@Schema(description = "people Meta received") long received,
                          @Schema(description = "of those, how many it found invalid") long invalid,
                          @Schema(description = "requests it took (10000 people each at most)") int requests) {
        static UsersAddedView of(UsersAdded a) {
            return new UsersAddedView(a.received(), a.invalid(), a.requests());
        }
    }
}
