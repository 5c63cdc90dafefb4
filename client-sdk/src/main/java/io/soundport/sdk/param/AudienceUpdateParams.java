package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.AudienceSource;

/**
 * What {@code audiences().update(..)} changes; null fields are kept, {@code ""} clears the description or the
 * country. A lookalike takes no source and keeps its country. Build it with {@link #builder()}.
 *
 * @param name        a new name, or null
 * @param description a new description, {@code ""} to clear, or null
 * @param source      a new source (custom audiences), or null
 * @param country     a new country, {@code ""} to clear, or null
 */
public record AudienceUpdateParams(String name, String description, AudienceSource source, String country) {
    /**
     * Refuses a source the server does not take.
     *
     * @param name        a new name, or null
     * @param description a new description, {@code ""} to clear, or null
     * @param source      a new source, or null
     * @param country     a new country, {@code ""} to clear, or null
     * @throws IllegalArgumentException when the source is {@link AudienceSource#UNKNOWN}
     */
    public AudienceUpdateParams {
        ApiEnum.requireKnown(source, "source");
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AudienceUpdateParams}. */
    public static final class Builder extends AudienceParamsBuilder<Builder> {
        private Builder() {
        }

        /**
         * The params.
         *
         * @return a new {@link AudienceUpdateParams}
         */
        public AudienceUpdateParams build() {
            return new AudienceUpdateParams(name, description, source, country);
        }
    }
}
