package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a campaign is for, as the Marketing API's outcome-driven objectives name it (the only ones Meta takes for new
 * campaigns since v17); an objective of an older campaign (APP_INSTALLS, CONVERSIONS...) reads as {@link #OTHER}.
 */
public enum CampaignObjective {
    OUTCOME_AWARENESS, OUTCOME_TRAFFIC, OUTCOME_ENGAGEMENT, OUTCOME_LEADS, OUTCOME_APP_PROMOTION, OUTCOME_SALES, OTHER;

    public static CampaignObjective read(String value) {
        if (value == null) {
            return OTHER;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return OTHER;
        }
    }

    /** An objective a new campaign may have, else VALIDATION_ERROR on {@code field}. */
    public static CampaignObjective of(String value, String field) {
        CampaignObjective objective = read(value);
        if (objective == OTHER) {
            throw DomainException.invalid(field, "must be one of " + Arrays.stream(values())
                    .filter(o -> o != OTHER).map(Enum::name).collect(Collectors.joining(", ")));
        }
        return objective;
    }
}
