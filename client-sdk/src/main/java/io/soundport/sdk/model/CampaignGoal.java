package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a campaign sets out to reach: a count of one metric.
 *
 * @param metricValue the metric as sent; {@link #metric()} reads it as an enum
 * @param target      the count to reach, 1 to 10<sup>12</sup>
 */
public record CampaignGoal(@JsonProperty("metric") String metricValue, long target) {
    /**
     * A goal of {@code target} {@code metric}.
     *
     * @param metric the metric
     * @param target the count to reach
     * @return the goal
     * @throws IllegalArgumentException when the metric is {@link GoalMetric#UNKNOWN}
     */
    public static CampaignGoal of(GoalMetric metric, long target) {
        ApiEnum.requireKnown(metric, "metric");
        return new CampaignGoal(metric.name(), target);
    }

    /**
     * The goal's metric.
     *
     * @return the metric, {@link GoalMetric#UNKNOWN} for one this SDK does not know
     */
    public GoalMetric metric() {
        return GoalMetric.fromValue(metricValue);
    }
}
