package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

/** What a new Meta campaign is for: the Marketing API's outcome objectives, the only ones Meta takes for new ones. */
public enum MetaCampaignObjective implements ApiEnum {
    /** Reach people and be remembered. */
    OUTCOME_AWARENESS,
    /** Send people somewhere: a pre-save page, a store. */
    OUTCOME_TRAFFIC,
    /** Plays, likes, comments, messages. */
    OUTCOME_ENGAGEMENT,
    /** Sign-ups. */
    OUTCOME_LEADS,
    /** App installs and use. */
    OUTCOME_APP_PROMOTION,
    /** Tickets, merchandise. */
    OUTCOME_SALES,
    /** A value this version of the SDK does not know; never sent. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static MetaCampaignObjective fromValue(String value) {
        return ApiEnum.fromValue(MetaCampaignObjective.class, value);
    }
}
