package io.soundport.sdk.param;

import io.soundport.sdk.model.AudienceSource;

/**
 * The fields an audience's create and update params share, set one by one; {@link AudienceCreateParams.Builder} and
 * {@link AudienceUpdateParams.Builder} build from them.
 *
 * @param <B> the builder itself, so that each setter returns it
 */
public abstract class AudienceParamsBuilder<B extends AudienceParamsBuilder<B>> {
    /** The name, or null. */
    protected String name;
    /** The description, or null. */
    protected String description;
    /** The source, or null. */
    protected AudienceSource source;
    /** The country, or null. */
    protected String country;

    /** For the builders of this package. */
    AudienceParamsBuilder() {
    }

    /**
     * Sets {@code name}.
     *
     * @param name at most 200 characters
     * @return this builder
     */
    public B name(String name) {
        this.name = name;
        return self();
    }

    /**
     * Sets {@code description}.
     *
     * @param description at most 500 characters; {@code ""} clears it in an update
     * @return this builder
     */
    public B description(String description) {
        this.description = description;
        return self();
    }

    /**
     * Sets {@code source}.
     *
     * @param source where a custom audience's people come from
     * @return this builder
     */
    public B source(AudienceSource source) {
        this.source = source;
        return self();
    }

    /**
     * Sets {@code country}.
     *
     * @param country an ISO 3166-1 alpha-2 code; {@code ""} clears it in an update
     * @return this builder
     */
    public B country(String country) {
        this.country = country;
        return self();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
