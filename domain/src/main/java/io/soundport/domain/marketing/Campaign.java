package io.soundport.domain.marketing;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.event.EventMeta;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A marketing campaign of an organization: its {@link CampaignPlan}, where it stands ({@link CampaignStatus}), the
 * Meta campaign it runs as once launched in an ad account, and what it has done so far. Its rules:
 * <ul>
 *   <li>DRAFT or PAUSED → ACTIVE ({@link #launch}), unless its end date has passed or its budget is spent;
 *       ACTIVE → PAUSED ({@link #pause}); ACTIVE or PAUSED → COMPLETED ({@link #complete}) once it is over;
 *       DRAFT, PAUSED or COMPLETED → ARCHIVED ({@link #archive}); an ACTIVE campaign is paused first;</li>
 *   <li>a DRAFT campaign changes freely until it is created on Meta; a launched one (or one created on Meta) keeps
 *       its objective, promotion, currency, ad account and start date, and its budget cannot fall below what it has
 *       spent; COMPLETED and ARCHIVED ones no longer change;</li>
 *   <li>only a DRAFT or ARCHIVED campaign may be deleted;</li>
 *   <li>new metrics ({@link #measured}) warn once when 80 % of the budget is spent, say once when the goal is
 *       reached, and complete a running campaign whose budget is spent.</li>
 * </ul>
 */
public record Campaign(CampaignId id, OrganizationId organizationId, CampaignPlan plan, CampaignStatus status,
                       OnMeta meta, CampaignMetrics metrics, boolean budgetWarned, boolean goalReached,
                       Instant createdAt, Instant updatedAt, long version) {
    /** The share of the budget spent at which {@code budget.warning} is raised. */
    public static final int BUDGET_WARNING_PERCENT = 80;

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * The Meta campaign this one runs as: its id, and the member whose Meta connection launched it (pausing,
     * resuming and reading its insights go through that connection).
     */
    public record OnMeta(io.soundport.domain.integrations.ads.CampaignId campaignId, UserId connectedBy) {
        public OnMeta {
            Objects.requireNonNull(campaignId, "campaignId");
            Objects.requireNonNull(connectedBy, "connectedBy");
        }
    }

    /** Why a campaign completed. */
    public enum Completion { END_DATE, BUDGET_SPENT }

    /** What new metrics brought about, beyond the metrics themselves. */
    public enum Milestone { BUDGET_WARNING, GOAL_REACHED, BUDGET_SPENT }

    /** A campaign with new metrics, and the milestones they crossed for the first time. */
    public record Measured(Campaign campaign, Set<Milestone> milestones) {
        public Measured {
            milestones = Set.copyOf(milestones);
        }
    }

    /** A new DRAFT campaign, version 1, with no metrics yet. */
    public static Campaign create(CampaignId id, OrganizationId organizationId, CampaignPlan plan, Instant now) {
        return new Campaign(id, organizationId, plan, CampaignStatus.DRAFT, null,
                CampaignMetrics.none(plan.budget().currency()), false, false, now, now, 1);
    }

    /** The campaign with {@code next} as its plan (a PATCH merged over {@link #plan()}), if its status allows. */
    public Campaign change(CampaignPlan next, Instant now) {
        if (status == CampaignStatus.COMPLETED || status == CampaignStatus.ARCHIVED) {
            throw DomainException.conflict("A " + lower(status) + " campaign no longer changes", "status");
        }
        if (meta != null && !next.sameFoundationAs(plan)) {
            throw DomainException.conflict("A campaign created on Meta keeps its objective, what it promotes, its "
                    + "currency, its ad account and its start date");
        }
        if (status != CampaignStatus.DRAFT) {
            if (!next.sameFoundationAs(plan)) {
                throw DomainException.conflict("A launched campaign keeps its objective, what it promotes, its "
                        + "currency, its ad account and its start date; only a draft changes them");
            }
            if (next.budget().compareTo(metrics.spend()) < 0) {
                throw DomainException.conflict("The budget cannot be less than the " + metrics.spend()
                        + " already spent", "budget.amount");
            }
        }
        boolean warned = budgetWarned
                && metrics.spend().reachesPercentOf(next.budget(), BUDGET_WARNING_PERCENT);
        boolean reached = goalReached && Objects.equals(next.goal(), plan.goal());
        return new Campaign(id, organizationId, next, status, meta, status == CampaignStatus.DRAFT
                ? CampaignMetrics.none(next.budget().currency()) : metrics, warned, reached, createdAt, now, version);
    }

    /** DRAFT or PAUSED → ACTIVE; CONFLICT when its end date has passed ({@code today} in UTC) or its budget is spent. */
    public Campaign launch(LocalDate today, Instant now) {
        if (status != CampaignStatus.DRAFT && status != CampaignStatus.PAUSED) {
            throw DomainException.conflict("Only a draft or paused campaign is launched; this one is "
                    + status.name(), "status");
        }
        if (endedBefore(today)) {
            throw DomainException.conflict("The campaign ended on " + plan.endDate() + "; move its end date to "
                    + "launch it", "endDate");
        }
        if (budgetSpent()) {
            throw DomainException.conflict("The campaign's budget is spent; raise it to launch it", "budget.amount");
        }
        return with(CampaignStatus.ACTIVE, meta, now);
    }

    /** The campaign recorded as running as that Meta campaign. */
    public Campaign runningOnMeta(OnMeta onMeta, Instant now) {
        return with(status, Objects.requireNonNull(onMeta, "onMeta"), now);
    }

    /** ACTIVE → PAUSED. */
    public Campaign pause(Instant now) {
        if (status != CampaignStatus.ACTIVE) {
            throw DomainException.conflict("Only an active campaign is paused; this one is " + status.name(),
                    "status");
        }
        return with(CampaignStatus.PAUSED, meta, now);
    }

    /** ACTIVE or PAUSED → COMPLETED. */
    public Campaign complete(Instant now) {
        if (!status.isRunning()) {
            throw DomainException.conflict("Only an active or paused campaign completes; this one is "
                    + status.name(), "status");
        }
        return with(CampaignStatus.COMPLETED, meta, now);
    }

    /** DRAFT, PAUSED or COMPLETED → ARCHIVED. */
    public Campaign archive(Instant now) {
        if (status == CampaignStatus.ACTIVE) {
            throw DomainException.conflict("An active campaign is paused before it is archived", "status");
        }
        if (status == CampaignStatus.ARCHIVED) {
            throw DomainException.conflict("The campaign is archived already", "status");
        }
        return with(CampaignStatus.ARCHIVED, meta, now);
    }

    /** CONFLICT unless the campaign may be deleted: a DRAFT, or an ARCHIVED one. */
    public void requireDeletable() {
        if (status != CampaignStatus.DRAFT && status != CampaignStatus.ARCHIVED) {
            throw DomainException.conflict("Only a draft or archived campaign is deleted; archive this "
                    + lower(status) + " one first", "status");
        }
    }

    /** Why a running campaign is over on {@code today} (UTC), or null while it is not. */
    public Completion overOn(LocalDate today) {
        if (!status.isRunning()) {
            return null;
        }
        if (budgetSpent()) {
            return Completion.BUDGET_SPENT;
        }
        return endedBefore(today) ? Completion.END_DATE : null;
    }

    /**
     * The campaign with new metrics (in the budget's currency) and the milestones they crossed for the first time:
     * 80 % of the budget spent, the goal reached, the whole budget spent. A metric never goes back: a reading lower
     * than the last keeps the higher (platforms revise figures, and a late page must not undo a warning).
     */
    public Measured measured(CampaignMetrics reading, Instant now) {
        if (!reading.spend().currency().equals(plan.budget().currency())) {
            throw DomainException.invalid("spend", "is in " + reading.spend().currency() + ", not in the budget's "
                    + plan.budget().currency());
        }
        CampaignMetrics next = new CampaignMetrics(
                reading.spend().compareTo(metrics.spend()) >= 0 ? reading.spend() : metrics.spend(),
                Math.max(reading.impressions(), metrics.impressions()), Math.max(reading.reach(), metrics.reach()),
                Math.max(reading.clicks(), metrics.clicks()), Math.max(reading.conversions(), metrics.conversions()),
                reading.asOf());
        Set<Milestone> crossed = EnumSet.noneOf(Milestone.class);
        boolean warned = budgetWarned;
        if (!warned && next.spend().reachesPercentOf(plan.budget(), BUDGET_WARNING_PERCENT)) {
            warned = true;
            crossed.add(Milestone.BUDGET_WARNING);
        }
        boolean reached = goalReached;
        if (!reached && plan.goal() != null && plan.goal().reachedBy(next)) {
            reached = true;
            crossed.add(Milestone.GOAL_REACHED);
        }
        if (status.isRunning() && next.spend().compareTo(plan.budget()) >= 0) {
            crossed.add(Milestone.BUDGET_SPENT);
        }
        return new Measured(new Campaign(id, organizationId, plan, status, meta, next, warned, reached, createdAt,
                now, version), crossed);
    }

    private boolean budgetSpent() {
        return metrics.spend().compareTo(plan.budget()) >= 0;
    }

    private boolean endedBefore(LocalDate today) {
        return plan.endDate() != null && plan.endDate().isBefore(today);
    }

    private Campaign with(CampaignStatus next, OnMeta onMeta, Instant now) {
        return new Campaign(id, organizationId, plan, next, onMeta, metrics, budgetWarned, goalReached, createdAt,
                now, version);
    }

    private static String lower(CampaignStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    public CampaignEvent.CampaignCreated created(EventMeta meta) {
        return new CampaignEvent.CampaignCreated(meta, this);
    }

    public CampaignEvent.CampaignUpdated updated(EventMeta meta) {
        return new CampaignEvent.CampaignUpdated(meta, this);
    }

    public CampaignEvent.CampaignLaunched launched(EventMeta meta) {
        return new CampaignEvent.CampaignLaunched(meta, this);
    }

    public CampaignEvent.CampaignPaused paused(EventMeta meta) {
        return new CampaignEvent.CampaignPaused(meta, this);
    }

    public CampaignEvent.CampaignCompleted completed(EventMeta meta, Completion reason) {
        return new CampaignEvent.CampaignCompleted(meta, this, reason);
    }

    public CampaignEvent.CampaignDeleted deleted(EventMeta meta) {
        return new CampaignEvent.CampaignDeleted(meta, this);
    }

    public CampaignEvent.BudgetWarning budgetWarning(EventMeta meta) {
        return new CampaignEvent.BudgetWarning(meta, this);
    }

    public CampaignEvent.GoalReached goalReachedEvent(EventMeta meta) {
        return new CampaignEvent.GoalReached(meta, this);
    }

    public CampaignEvent.MetricsUpdated metricsUpdated(EventMeta meta) {
        return new CampaignEvent.MetricsUpdated(meta, this);
    }
}
