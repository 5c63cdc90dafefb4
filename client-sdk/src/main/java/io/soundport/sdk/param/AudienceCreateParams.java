package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.AudienceSource;

import java.util.Objects;

/**
 * What {@code audiences().create(..)} takes: a new custom audience, without people yet. Build it with
 * {@link #builder()}.
 *
 * @param name        at most 200 characters
 * @param description at most 500 characters, or null
 * @param source      where its people come from; {@link AudienceSource#USER_PROVIDED_ONLY} when null
 * @param country     an ISO 3166-1 alpha-2 code, or null
 */
public record AudienceCreateParams(String name, String description, AudienceSource source, String country) {
    /**
     * Refuses a missing name and a source the server does not take.
     *
     * @param name        at most 200 characters
     * @param description at most 500 characters, or null
     * @param source      where its people come from, or null
     * @param country     an ISO 3166-1 alpha-2 code, or null
     * @throws NullPointerException     without a name
     * @throws IllegalArgumentException when the source is {@link AudienceSource#UNKNOWN}
     */
    public AudienceCreateParams {
        Objects.requireNonNull(name, "name is required");
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

    /** Builds an {@link AudienceCreateParams}. */
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
         * @param name at most 200 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param description at most 500 characters, or null
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@code source}.
         *
         * @param source where its people come from, or null
         * @return this builder
         */
        public Builder source(AudienceSource source) {
            this.source = source;
            return this;
        }

        /**
         * Sets {@code country}.
         *
         * @param country an ISO 3166-1 alpha-2 code, or null
         * @return this builder
         */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link AudienceCreateParams}
         * @throws NullPointerException without a name
         */
        public AudienceCreateParams build() {
            return new AudienceCreateParams(name, description, source, country);
        }
    }
}
