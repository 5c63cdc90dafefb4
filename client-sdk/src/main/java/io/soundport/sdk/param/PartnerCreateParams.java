package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

import java.util.List;
import java.util.Objects;

/**
 * What {@code partners().create(..)} takes. {@link #toString()} hides the credentials.
 * Build it with {@link #builder()}; {@code name}, {@code protocol} and {@code endpoint} are required (a
 * {@link NullPointerException} otherwise).
 *
 * @param name        the partner's name, at most 200 characters
 * @param protocol    how packages reach it
 * @param endpoint    for HTTP an https URL resolving only to public addresses (unless the server allow-lists its
 *                    host exactly: {@code SOUNDPORT_OUTBOUND_ALLOWED_HOSTS}); for FILE a folder name
 *                    under the server's drops directory (letters, digits, {@code .}, {@code _}, {@code -}); for S3
 *                    {@code s3://<bucket>} or {@code s3://<bucket>/<prefix>}
 * @param territories where it sells: ISO 3166-1 alpha-2 codes or {@code WORLD}; {@code WORLD} when null or empty
 * @param active      false to add it switched off; true when null
 * @param credentials write-only, made by {@link PartnerCredentials}: for HTTP a bearer token (or basic authentication,
 *                    or a key in a named header); for S3 (required) the region with keys or a role; for SFTP
 *                    (required) the login and the server's host key (left out: the server pins the key the SFTP
 *                    server shows); or null
 * @param dpid        its DDEX Party ID ({@code PADPIDA...}), the recipient of its ERN messages (needed before a
 *                    delivery), or null
 * @param test        true: it takes DDEX {@code TestMessage}s only; false when null
 * @param takedown    how it takes the takedown of a release it never had on sale; {@link PartnerTakedown#MESSAGE}
 *                    when null
 */
public record PartnerCreateParams(String name, PartnerProtocol protocol, String endpoint, List<String> territories,
                                  Boolean active, PartnerCredentials credentials, String dpid, Boolean test,
                                  PartnerTakedown takedown) {
    /**
     * Checks the required fields and copies the list.
     *
     * @param name        the partner's name, at most 200 characters
     * @param protocol    how packages reach it
     * @param endpoint    for HTTP an https URL; for FILE a folder name under the server's drops directory; for S3
     *                    {@code s3://<bucket>/<prefix>}
     * @param territories ISO 3166-1 alpha-2 codes or {@code WORLD}; {@code WORLD} when null or empty
     * @param active      false to add it switched off; true when null
     * @param credentials made by {@link PartnerCredentials}, as the protocol takes them; or null
     * @param dpid        its DDEX Party ID, or null
     * @param test        true: it takes test messages only; or null
     * @param takedown    how it takes the takedown of a release it never had on sale, or null
     * @throws NullPointerException     when a required field is missing
     * @throws IllegalArgumentException when the protocol or the takedown is {@code UNKNOWN}
     */
    public PartnerCreateParams {
        Objects.requireNonNull(name, "name is required");
        ApiEnum.requireKnown(Objects.requireNonNull(protocol, "protocol is required"), "protocol");
        if (takedown != null) {
            ApiEnum.requireKnown(takedown, "takedown");
        }
        Objects.requireNonNull(endpoint, "endpoint is required");
        territories = territories == null ? null : List.copyOf(territories);
    }

    /**
     * Params without DDEX settings.
     *
     * @param name        the partner's name
     * @param protocol    how packages reach it
     * @param endpoint    where they go
     * @param territories where it sells, or null
     * @param active      false to add it switched off; or null
     * @param credentials its credentials, or null
     */
    public PartnerCreateParams(String name, PartnerProtocol protocol, String endpoint, List<String> territories,
                               Boolean active, PartnerCredentials credentials) {
        this(name, protocol, endpoint, territories, active, credentials, null, null, null);
    }

    @Override
    public String toString() {
        return "PartnerCreateParams[name=" + name + ", protocol=" + protocol + ", endpoint=" + endpoint
                + ", territories=" + territories + ", active=" + active + ", credentials="
                + (credentials == null ? null : "…") + ", dpid=" + dpid + ", test=" + test + ", takedown=" + takedown
                + "]";
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PartnerCreateParams}. */
    public static final class Builder {
        private String name;
        private PartnerProtocol protocol;
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
         * @param name the partner's name, at most 200 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code protocol}.
         *
         * @param protocol how packages reach the partner
         * @return this builder
         */
        public Builder protocol(PartnerProtocol protocol) {
            this.protocol = protocol;
            return this;
        }

        /**
         * Sets {@code endpoint}.
         *
         * @param endpoint for HTTP an https URL; for FILE a folder name under the server's drops directory
         * @return this builder
         */
        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /**
         * Sets {@code territories}.
         *
         * @param territories ISO 3166-1 alpha-2 codes or {@code WORLD}; {@code WORLD} when null or empty
         * @return this builder
         */
        public Builder territories(List<String> territories) {
            this.territories = territories;
            return this;
        }

        /**
         * Sets {@code territories}.
         *
         * @param territories ISO 3166-1 alpha-2 codes or {@code WORLD}
         * @return this builder
         */
        public Builder territories(String... territories) {
            this.territories = List.of(territories);
            return this;
        }

        /**
         * Sets {@code active}.
         *
         * @param active false to add the partner switched off; true when null
         * @return this builder
         */
        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        /**
         * Sets {@code credentials}, which are stored encrypted and never shown again.
         *
         * @param credentials made by {@link PartnerCredentials}: for HTTP a bearer token, basic authentication or a
         *                    key in a named header; for S3 (required) the region with keys or a role; for SFTP
         *                    (required) the login and the server's host key, or the login alone to have the server
         *                    pin the key the SFTP server shows; or null
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
         * @param dpid the partner's DDEX Party ID ({@code PADPIDA...}), the recipient of its ERN messages
         * @return this builder
         */
        public Builder dpid(String dpid) {
            this.dpid = dpid;
            return this;
        }

        /**
         * Sets {@code test}.
         *
         * @param test true: the partner takes DDEX {@code TestMessage}s only; false when null
         * @return this builder
         */
        public Builder test(Boolean test) {
            this.test = test;
            return this;
        }

        /**
         * Sets {@code takedown}.
         *
         * @param takedown how the partner takes the takedown of a release it never had on sale; message when null
         * @return this builder
         */
        public Builder takedown(PartnerTakedown takedown) {
            this.takedown = takedown;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link PartnerCreateParams}
         * @throws NullPointerException when a required field is missing
         */
        public PartnerCreateParams build() {
            return new PartnerCreateParams(name, protocol, endpoint, territories, active, credentials, dpid, test,
                    takedown);
        }
    }
}
