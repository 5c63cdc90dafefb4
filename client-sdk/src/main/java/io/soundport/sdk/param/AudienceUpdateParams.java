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
    public static final class Builder {
        private String name;
        private String description;
        private AudienceSource source;
        private String country;

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name a new name, or null
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param description a new description, {@code ""} to clear, or null
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@code source}.
         *
         * @param source a new source, or null
         * @return this builder
         */
        public Builder source(AudienceSource source) {
            this.source = source;
            return this;
        }

        /**
         * Sets {@code country}.
         *
         * @param country a new country, {@code ""} to clear, or null
         * @return this builder
         */
        public Builder country(String country) {
            this.country = country;
            return this;
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
