package io.soundport.adapters.rest.marketing;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.analytics.ExportCampaignCommand;
import io.soundport.application.marketing.CampaignFields;
import io.soundport.application.marketing.CreateCampaignCommand;
import io.soundport.application.marketing.UpdateCampaignCommand;
import io.soundport.domain.integrations.ads.CampaignObjective;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.GoalMetric;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** What the campaign endpoints take, each with the command it becomes. */
final class CampaignRequests {
    private static final String OBJECTIVE = "what it is for, as Meta names its outcome objectives";
    private static final String BUDGET = "what it may spend over its whole life: a decimal in major units (at most "
            + "the currency's decimals) and an ISO 4217 currency; kept in integer minor units";
    private static final String DAILY = "what it may spend per day, in the budget's currency, no more than the budget";
    private static final String AD_ACCOUNT = "the Meta ad account it runs in (one of GET /meta/accounts, `act_…` or "
            + "its digits); without one the campaign runs here only";

    private CampaignRequests() {
    }

    @Schema(name = "CampaignAmount", description = "An amount in major units of a currency, exact: `{\"amount\": "
            + "\"250.00\", \"currency\": \"EUR\"}` (the amount may also be a JSON number)")
    record AmountRequest(@Schema(type = "string", example = "250.00") BigDecimal amount,
                         @Schema(description = "ISO 4217", example = "EUR") String currency) {
        static CampaignFields.Amount of(AmountRequest request) {
            return request == null ? null : new CampaignFields.Amount(request.amount(), request.currency());
        }
    }

    @Schema(name = "CampaignGoal", description = "A count of one metric to reach; goal.reached is raised once it is")
    record GoalRequest(@Schema(implementation = GoalMetric.class) String metric,
                       @Schema(description = "1 to 10^12", example = "10000") Long target) {
        static CampaignFields.Goal of(GoalRequest request) {
            return request == null ? null : new CampaignFields.Goal(request.metric(), request.target());
        }
    }

    @Schema(name = "CampaignRequest", description = "A campaign, created as a DRAFT; give release_id or track_id")
    record CreateCampaignRequest(@Schema(description = "at most 200 characters") String name,
                                 @Schema(description = OBJECTIVE, implementation = CampaignObjective.class)
                                 String objective,
                                 @Nullable @Schema(description = "the release it promotes") String releaseId,
                                 @Nullable @Schema(description = "the track it promotes") String trackId,
                                 @Schema(description = BUDGET) AmountRequest budget,
                                 @Nullable @Schema(description = DAILY) AmountRequest dailyBudget,
                                 @Schema(format = "date", example = "2027-03-01") String startDate,
                                 @Nullable @Schema(format = "date", example = "2027-03-31",
                                         description = "the last day it runs; it completes the day after")
                                 String endDate,
                                 @Nullable @Schema(description = "the audiences it targets, at most 20")
                                 List<String> audienceIds,
                                 @Nullable @Schema(description = AD_ACCOUNT, example = "act_1000000001")
                                 String adAccountId,
                                 @Nullable GoalRequest goal) {
        CreateCampaignCommand command() {
            return CreateCampaignCommand.of(new CampaignFields(name, objective, releaseId, trackId,
                    AmountRequest.of(budget), AmountRequest.of(dailyBudget), startDate, endDate, audienceIds,
                    adAccountId, GoalRequest.of(goal)));
        }
    }

    @Schema(name = "UpdateCampaignRequest", description = "Fields to change; absent fields are kept, end_date \"\" "
            + "clears the end date. A DRAFT changes freely; a launched campaign keeps its objective, what it promotes, "
            + "its currency, ad account and start date, and its budget stays above its spend (409 otherwise). A new "
            + "budget of a campaign running on Meta is set there too")
    record UpdateCampaignRequest(@Nullable String name,
                                 @Nullable @Schema(implementation = CampaignObjective.class) String objective,
                                 @Nullable String releaseId, @Nullable String trackId,
                                 @Nullable @Schema(description = BUDGET) AmountRequest budget,
                                 @Nullable @Schema(description = DAILY) AmountRequest dailyBudget,
                                 @Nullable @Schema(format = "date") String startDate,
                                 @Nullable @Schema(description = "a date, or \"\" to clear it") String endDate,
                                 @Nullable List<String> audienceIds,
                                 @Nullable @Schema(description = AD_ACCOUNT) String adAccountId,
                                 @Nullable GoalRequest goal,
                                 @Nullable @Schema(description = "ARCHIVED puts away a DRAFT, PAUSED or COMPLETED "
                                         + "campaign (an ACTIVE one is paused first: 409); launch and pause have "
                                         + "their own endpoints", allowableValues = "ARCHIVED") String status) {
        UpdateCampaignCommand command(CampaignId id, Long expectedVersion) {
            return UpdateCampaignCommand.of(id, new CampaignFields(name, objective, releaseId, trackId,
                    AmountRequest.of(budget), AmountRequest.of(dailyBudget), startDate, endDate, audienceIds,
                    adAccountId, GoalRequest.of(goal)), status, expectedVersion);
        }
    }

    @Schema(name = "CampaignExportRequest", description = "Which days of a campaign to export, and how split; every "
            + "field optional")
    record ExportRequest(@Nullable @Schema(description = "the first UTC day; the campaign's start by default",
                                 example = "2026-11-01") String from,
                         @Nullable @Schema(description = "the last UTC day, included; the campaign's end, or today "
                                 + "while it runs, by default", example = "2026-11-30") String to,
                         @Nullable @Schema(description = "none (a row per day, the default), country or "
                                 + "publisher_platform (a row per day and country or platform)",
                                 allowableValues = {"none", "country", "publisher_platform"}) String breakdown) {
        ExportCampaignCommand command(CampaignId id) {
            return ExportCampaignCommand.of(id, from, to, breakdown);
        }
    }
}
