package io.soundport.application.integrations;

import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.Breakdown;
import io.soundport.domain.integrations.ads.CampaignId;
import io.soundport.domain.integrations.ads.DatePreset;
import io.soundport.domain.integrations.ads.InsightsQuery;
import io.soundport.domain.integrations.ads.InsightsSubject;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.FieldError;
import io.soundport.domain.shared.Validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Set;

/**
 * The insights of a Meta campaign or ad account: {@code from} and {@code to} (ISO dates, both included) or a
 * {@code datePreset}, optionally {@code timeIncrement} (1: a row per day) and comma-separated {@code breakdowns}.
 * Build it with {@link #campaign} or {@link #account}, which check every field.
 */
public record CampaignInsightsQuery(InsightsQuery query) {
    public CampaignInsightsQuery {
        Objects.requireNonNull(query, "query");
    }

    public static CampaignInsightsQuery campaign(String campaignId, String from, String to, String datePreset,
                                                 String breakdowns, Integer timeIncrement) {
        Validation v = new Validation();
        CampaignId id = v.field("id", () -> CampaignId.of(campaignId));
        return of(v, id, from, to, datePreset, breakdowns, timeIncrement);
    }

    public static CampaignInsightsQuery account(String adAccountId, String from, String to, String datePreset,
                                                String breakdowns, Integer timeIncrement) {
        Validation v = new Validation();
        AdAccountId id = v.field("adAccountId", () -> AdAccountId.of(adAccountId));
        return of(v, id, from, to, datePreset, breakdowns, timeIncrement);
    }

    private static CampaignInsightsQuery of(Validation v, InsightsSubject subject, String from, String to,
                                            String datePreset, String breakdowns, Integer timeIncrement) {
        LocalDate since = v.field("from", () -> date(from));
        LocalDate until = v.field("to", () -> date(to));
        boolean range = from != null && !from.isBlank() || to != null && !to.isBlank();
        boolean preset = datePreset != null && !datePreset.isBlank();
        v.require(range || preset, "from", "give from and to, or a date preset");
        v.require(!(range && preset), "datePreset", "give either from and to, or a date preset, not both");
        DatePreset named = preset ? v.field("datePreset", () -> DatePreset.of(datePreset, "datePreset")) : null;
        Set<Breakdown> split = v.field("breakdowns", () -> Breakdown.parse(breakdowns, "breakdowns"));
        v.throwIfInvalid();
        try {
            return new CampaignInsightsQuery(named != null
                    ? InsightsQuery.preset(subject, named, timeIncrement, split)
                    : InsightsQuery.between(subject, since, until, timeIncrement, split));
        } catch (DomainException invalid) {
            if (invalid.details().isEmpty()) {
                throw invalid;
            }
            // the domain speaks of since and until, as Meta's time_range does; this query of from and to
            throw DomainException.invalid(invalid.details().stream().map(d -> new FieldError(
                    d.field().equals("since") ? "from" : d.field().equals("until") ? "to" : d.field(),
                    d.message())).toList());
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("date", "must be a date such as 2026-03-01");
        }
    }
}
