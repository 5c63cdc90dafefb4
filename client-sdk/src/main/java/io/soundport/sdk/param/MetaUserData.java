package io.soundport.sdk.param;

/**
 * Who converted, for the Conversions API. The server normalizes and hashes (SHA-256) every field but
 * {@code clientIpAddress}, {@code clientUserAgent}, {@code fbc} and {@code fbp} before they reach Meta, and keeps
 * none. A phone must be in international form ({@code +33 6 ...}); a website event needs {@code clientUserAgent}.
 * Its text never shows the values. Build it with {@link #builder()}.
 *
 * @param email           an e-mail address, or null
 * @param phone           a phone number with its country code, or null
 * @param firstName       or null
 * @param lastName        or null
 * @param city            or null
 * @param state           a 2-letter state or province code, or null
 * @param zip             a postal code, or null
 * @param country         an ISO 3166-1 alpha-2 code, or null
 * @param externalId      your id of the person, or null
 * @param clientIpAddress the browser's IP address, or null
 * @param clientUserAgent the browser's user agent, or null
 * @param fbc             the {@code _fbc} cookie, or null
 * @param fbp             the {@code _fbp} cookie, or null
 */
public record MetaUserData(String email, String phone, String firstName, String lastName, String city, String state,
                           String zip, String country, String externalId, String clientIpAddress,
                           String clientUserAgent, String fbc, String fbp) {
    @Override
    public String toString() {
        return "MetaUserData[***]";
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MetaUserData}. */
    public static final class Builder {
        private String email;
        private String phone;
        private String firstName;
        private String lastName;
        private String city;
        private String state;
        private String zip;
        private String country;
        private String externalId;
        private String clientIpAddress;
        private String clientUserAgent;
        private String fbc;
        private String fbp;

        private Builder() {
        }

        /**
         * Sets {@code email}.
         *
         * @param email an e-mail address
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code phone}.
         *
         * @param phone in international form
         * @return this builder
         */
        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        /**
         * Sets {@code first_name} and {@code last_name}.
         *
         * @param firstName the first name
         * @param lastName  the last name
         * @return this builder
         */
        public Builder name(String firstName, String lastName) {
            this.firstName = firstName;
            this.lastName = lastName;
            return this;
        }

        /**
         * Sets where the person lives.
         *
         * @param city    the city
         * @param state   a 2-letter state code, or null
         * @param zip     the postal code
         * @param country an ISO 3166-1 alpha-2 code
         * @return this builder
         */
        public Builder address(String city, String state, String zip, String country) {
            this.city = city;
            this.state = state;
            this.zip = zip;
            this.country = country;
            return this;
        }

        /**
         * Sets {@code external_id}.
         *
         * @param externalId your id of the person
         * @return this builder
         */
        public Builder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        /**
         * Sets the browser's {@code client_ip_address} and {@code client_user_agent}.
         *
         * @param clientIpAddress the IP address
         * @param clientUserAgent the user agent
         * @return this builder
         */
        public Builder client(String clientIpAddress, String clientUserAgent) {
            this.clientIpAddress = clientIpAddress;
            this.clientUserAgent = clientUserAgent;
            return this;
        }

        /**
         * Sets Meta's {@code fbc} and {@code fbp} cookies.
         *
         * @param fbc the click id cookie, or null
         * @param fbp the browser id cookie, or null
         * @return this builder
         */
        public Builder cookies(String fbc, String fbp) {
            this.fbc = fbc;
            this.fbp = fbp;
            return this;
        }

        /**
         * The user data.
         *
         * @return a new {@link MetaUserData}
         */
        public MetaUserData build() {
            return new MetaUserData(email, phone, firstName, lastName, city, state, zip, country, externalId,
                    clientIpAddress, clientUserAgent, fbc, fbp);
        }
    }
}
