package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

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
 * @param dpid        a new DDEX Party ID, an empty string to remove it, or null
 * @param test        true: test messages only; false: live messages; or null
 * @param takedown    how the partner takes the takedown of a release it never had on sale, or null
 */
public record PartnerUpdateParams(String name, String endpoint, List<String> territories, Boolean active,
                                  PartnerCredentials credentials, String dpid, Boolean test, PartnerTakedown takedown) {
    /**
     * Copies the list.
     *
     * @param name        a new name of at most 200 characters, or null
     * @param endpoint    a new endpoint for the partner's protocol, or null
     * @param territories new territories, or null
     * @param active      true to switch the partner on, false to switch it off, or null
     * @param credentials new credentials, or null
     * @param dpid        a new DDEX Party ID, an empty string to remove it, or null
     * @param test        the test flag, or null
     * @param takedown    the takedown message, or null
     * @throws IllegalArgumentException when the takedown is {@link PartnerTakedown#UNKNOWN}
     */
    public PartnerUpdateParams {
        territories = territories == null ? null : List.copyOf(territories);
        if (takedown != null) {
            ApiEnum.requireKnown(takedown, "takedown");
        }
    }

    /**
     * A change that keeps the DDEX settings.
     *
     * @param name        a new name, or null
     * @param endpoint    a new endpoint, or null
     * @param territories new territories, or null
     * @param active      true or false to switch the partner on or off, or null
     * @param credentials new credentials, or null
     */
    public PartnerUpdateParams(String name, String endpoint, List<String> territories, Boolean active,
                               PartnerCredentials credentials) {
        this(name, endpoint, territories, active, credentials, null, null, null);
    }

    @Override
    public String toString() {
        return "PartnerUpdateParams[name=" + name + ", endpoint=" + endpoint + ", territories=" + territories
                + ", active=" + active + ", credentials=" + (credentials == null ? null : "…") + ", dpid=" + dpid
                + ", test=" + test + ", takedown=" + takedown + "]";
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
        private PartnerCredentials credentials;
        private String dpid;
        private Boolean test;
        private PartnerTakedown takedown;

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
         * @param credentials new credentials, replacing the stored ones, or null; for SFTP without a host key, the
         *                    pinned key stays while the endpoint's host and port do
         * @return this builder
         */
        public Builder credentials(PartnerCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * Sets {@code credentials} as a string, as earlier versions took them: for an HTTP partner a bearer token, or
         * the credentials' JSON text ({@link PartnerCredentials#ofString}).
         *
         * @param credentials the string, or null
         * @return this builder
         */
        public Builder credentials(String credentials) {
            this.credentials = credentials == null ? null : PartnerCredentials.ofString(credentials);
            return this;
        }

        /**
         * Sets {@code dpid}.
         *
         * @param dpid the partner's DDEX Party ID ({@code PADPIDA...}), the recipient of its ERN messages, an empty string to remove it, or null
         * @return this builder
         */
        public Builder dpid(String dpid) {
            this.dpid = dpid;
            return this;
        }

        /**
         * Sets {@code test}.
         *
         * @param test true: the partner takes DDEX {@code TestMessage}s only, false: live messages; or null
         * @return this builder
         */
        public Builder test(Boolean test) {
            this.test = test;
            return this;
        }

        /**
         * Sets {@code takedown}.
         *
         * @param takedown how the partner takes the takedown of a release it never had on sale, or null
         * @return this builder
         */
        public Builder takedown(PartnerTakedown takedown) {
            this.takedown = takedown;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link PartnerUpdateParams}
         */
        public PartnerUpdateParams build() {
            return new PartnerUpdateParams(name, endpoint, territories, active, credentials, dpid, test, takedown);
        }
    }
}
