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
    public static final class Builder extends AudienceParamsBuilder<Builder> {
        private Builder() {
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
