package io.soundport.domain.marketing;

import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.CampaignObjective;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;
import io.soundport.domain.shared.Validation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a caller says about a campaign, checked:
 * <ul>
 *   <li>a name (single line) and an outcome objective, as Meta names them;</li>
 *   <li>what it promotes ({@link Promotion});</li>
 *   <li>a positive budget for its whole life, and optionally a daily budget in the same currency, no more than the
 *       budget; budgets are {@link Money}, integer minor units;</li>
 *   <li>a start date and optionally an end date, not before it (dates are days, read in UTC);</li>
 *   <li>up to {@value #MAX_AUDIENCES} audiences, each once;</li>
 *   <li>the Meta ad account it runs in, optional (a campaign without one is tracked here only);</li>
 *   <li>optionally a goal.</li>
 * </ul>
 */
public record CampaignPlan(String name, CampaignObjective objective, Promotion promotes, Money budget,
                           Money dailyBudget, LocalDate startDate, LocalDate endDate, List<AudienceId> audienceIds,
                           AdAccountId adAccountId, CampaignGoal goal) {
    public static final int MAX_NAME = 200;
    public static final int MAX_AUDIENCES = 20;
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    public CampaignPlan {
        name = Validation.requireText(name, "name", MAX_NAME);
        Objects.requireNonNull(objective, "objective");
        if (objective == CampaignObjective.OTHER) {
            throw DomainException.invalid("objective", "must be an outcome objective such as OUTCOME_AWARENESS");
        }
        Objects.requireNonNull(promotes, "promotes");
        if (budget == null || !budget.isPositive()) {
            throw DomainException.invalid("budget.amount", "must be more than zero");
        }
        if (dailyBudget != null) {
            if (!dailyBudget.currency().equals(budget.currency())) {
                throw DomainException.invalid("dailyBudget.currency", "must be the budget's currency, "
                        + budget.currency().getCurrencyCode());
            }
            if (!dailyBudget.isPositive() || dailyBudget.compareTo(budget) > 0) {
                throw DomainException.invalid("dailyBudget.amount", "must be more than zero and no more than the "
                        + "budget");
            }
        }
        checkDate(startDate, "startDate");
        if (endDate != null) {
            checkDate(endDate, "endDate");
            if (endDate.isBefore(startDate)) {
                throw DomainException.invalid("endDate", "must not be before startDate");
            }
        }
        audienceIds = audienceIds == null ? List.of() : List.copyOf(audienceIds);
        if (audienceIds.size() > MAX_AUDIENCES) {
            throw DomainException.invalid("audienceIds", "must name at most " + MAX_AUDIENCES + " audiences");
        }
        if (new LinkedHashSet<>(audienceIds).size() != audienceIds.size()) {
            throw DomainException.invalid("audienceIds", "must name each audience once");
        }
    }

    private static void checkDate(LocalDate date, String field) {
        if (date == null) {
            throw DomainException.invalid(field, "must not be blank");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw DomainException.invalid(field, "must be between 2000 and 2999");
        }
    }

    /** The parts Meta's campaign follows or that are fixed once it ran: objective, promotion, currency, account. */
    boolean sameFoundationAs(CampaignPlan other) {
        return objective == other.objective && promotes.equals(other.promotes)
                && budget.currency().equals(other.budget.currency())
                && Objects.equals(adAccountId, other.adAccountId) && startDate.equals(other.startDate);
    }
}
