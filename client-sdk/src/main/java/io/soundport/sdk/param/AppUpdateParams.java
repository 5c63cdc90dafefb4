package io.soundport.sdk.param;

/**
 * What {@code apps().update(..)} changes; null fields are kept.
 * Build it with {@link #builder()}.
 *
 * @param name   a new name, or null
 * @param email  a new contact e-mail, or null
 * @param domain a new domain, or null
 */
public record AppUpdateParams(String name, String email, String domain) {
    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AppUpdateParams}. */
    public static final class Builder {
        private String name;
        private String email;
        private String domain;

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
         * Sets {@code email}.
         *
         * @param email a new contact e-mail, or null
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code domain}.
         *
         * @param domain a new domain, or null
         * @return this builder
         */
        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link AppUpdateParams}
         */
        public AppUpdateParams build() {
            return new AppUpdateParams(name, email, domain);
        }
    }
}
