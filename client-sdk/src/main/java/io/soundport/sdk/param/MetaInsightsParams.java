package io.soundport.sdk.param;

import java.time.LocalDate;
import java.util.List;

/**
 * Which insights {@code meta().campaignInsights(..)} reads: the days {@code from} to {@code to} (both included), or a
 * {@code datePreset}; optionally a row per {@code timeIncrement} days and {@code breakdowns}.
 *
 * @param from          the first day, or null with a preset
 * @param to            the last day, or null with a preset
 * @param datePreset    {@code today}, {@code yesterday}, {@code last_7d}, {@code last_14d}, {@code last_30d},
 *                      {@code last_90d}, {@code this_month}, {@code last_month} or {@code maximum}, or null
 * @param breakdowns    up to 3 of {@code age}, {@code gender}, {@code country}, {@code region},
 *                      {@code publisher_platform}, {@code platform_position}, {@code device_platform},
 *                      {@code impression_device}; none when null or empty
 * @param timeIncrement 1 to 90 days a row (1: per day); one row over the period when null
 */
public record MetaInsightsParams(LocalDate from, LocalDate to, String datePreset, List<String> breakdowns,
                                 Integer timeIncrement) {
    /**
     * The days {@code from} to {@code to}, one row over them.
     *
     * @param from the first day
     * @param to   the last day, included
     * @return the params
     */
    public static MetaInsightsParams between(LocalDate from, LocalDate to) {
        return new MetaInsightsParams(from, to, null, null, null);
    }

    /**
     * The period Meta names {@code datePreset}, one row over it.
     *
     * @param datePreset such as {@code last_7d}
     * @return the params
     */
    public static MetaInsightsParams preset(String datePreset) {
        return new MetaInsightsParams(null, null, datePreset, null, null);
    }

    /**
     * These params with a row per day.
     *
     * @return new params
     */
    public MetaInsightsParams daily() {
        return new MetaInsightsParams(from, to, datePreset, breakdowns, 1);
    }

    /**
     * These params split by the breakdowns.
     *
     * @param breakdowns such as {@code age} and {@code gender}
     * @return new params
     */
    public MetaInsightsParams by(String... breakdowns) {
        return new MetaInsightsParams(from, to, datePreset, List.of(breakdowns), timeIncrement);
    }
}
