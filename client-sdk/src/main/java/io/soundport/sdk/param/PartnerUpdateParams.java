package io.soundport.sdk.param;

import java.util.List;

/**
 * What {@code partners().update(..)} changes; null fields are kept, and the protocol cannot change.
 * {@link #toString()} hides the credentials. Build it with {@link #builder()}.
 *
 * @param name        a new name of at most 200 characters, or null
 * @param endpoint    a new endpoint for the partner's protocol, or null
 * @param territories new territories, or null
 * @param active      true to switch the partner on, false to switch it off (it then takes no deliveries), or null
 * @param credentials new credentials, replacing the stored ones, or null
 */
public record PartnerUpdateParams(String name, String endpoint, List<String> territories, Boolean active,
                                  String credentials) {
    /**
     * Copies the list.
     *
     * @param name        a new name of at most 200 characters, or null
     * @param endpoint    a new endpoint for the partner's protocol, or null
     * @param territories new territories, or null
     * @param active      true to switch the partner on, false to switch it off, or null
     * @param credentials new credentials, or null
     */
    public PartnerUpdateParams {
        territories = territories == null ? null : List.copyOf(territories);
    }

    @Override
    public String toString() {
        return "PartnerUpdateParams[name=" + name + ", endpoint=" + endpoint + ", territories=" + territories
                + ", active=" + active + ", credentials=" + (credentials == null ? null : "…") + "]";
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PartnerUpdateParams}. */
    public static final class Builder {
        private String name;
        private String endpoint;
        private List<String> territories;
        private Boolean active;
        private String credentials;

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name a new name of at most 200 characters, or null
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code endpoint}.
         *
         * @param endpoint a new endpoint for the partner's protocol, or null
         * @return this builder
         */
        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /**
         * Sets {@code territories}.
         *
         * @param territories new territories, or null
         * @return this builder
         */
        public Builder territories(List<String> territories) {
            this.territories = territories;
            return this;
        }

        /**
         * Sets {@code territories}.
         *
         * @param territories new ISO 3166-1 alpha-2 codes or {@code WORLD}
         * @return this builder
         */
        public Builder territories(String... territories) {
            this.territories = List.of(territories);
            return this;
        }

        /**
         * Sets {@code active}.
         *
         * @param active true to switch the partner on, false to switch it off, or null
         * @return this builder
         */
        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        /**
         * Sets {@code credentials}.
         *
         * @param credentials new credentials, replacing the stored ones, or null
         * @return this builder
         */
        public Builder credentials(String credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link PartnerUpdateParams}
         */
        public PartnerUpdateParams build() {
            return new PartnerUpdateParams(name, endpoint, territories, active, credentials);
        }
    }
}
