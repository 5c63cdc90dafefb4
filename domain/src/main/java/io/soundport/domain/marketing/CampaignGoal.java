package io.soundport.domain.marketing;

import io.soundport.domain.shared.DomainException;

import java.util.Objects;

/** What a campaign sets out to reach: a count of one metric ({@code 10000} CLICKS), 1 to a trillion. */
public record CampaignGoal(GoalMetric metric, long target) {
    public static final long MAX_TARGET = 1_000_000_000_000L;

    public CampaignGoal {
        Objects.requireNonNull(metric, "metric");
        if (target < 1 || target > MAX_TARGET) {
            throw DomainException.invalid("goal.target", "must be between 1 and " + MAX_TARGET);
        }
    }

    /** Whether the metrics reach it. */
    public boolean reachedBy(CampaignMetrics metrics) {
        return metric.of(metrics) >= target;
    }
}
