package io.soundport.sdk.param;

import java.util.Objects;

/**
 * What {@code apps().create(..)} takes.
 * Build it with {@link #builder()}; {@code name} is required (a {@link NullPointerException} otherwise).
 *
 * @param name   the application's name
 * @param email  a contact e-mail, or null
 * @param domain its domain, or null
 */
public record AppCreateParams(String name, String email, String domain) {
    /**
     * Checks the required fields.
     *
     * @param name   the application's name
     * @param email  a contact e-mail, or null
     * @param domain its domain, or null
     * @throws NullPointerException when a required field is missing
     */
    public AppCreateParams {
        Objects.requireNonNull(name, "name is required");
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AppCreateParams}. */
    public static final class Builder {
        private String name;
        private String email;
        private String domain;

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name the application's name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code email}.
         *
         * @param email a contact e-mail, or null
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code domain}.
         *
         * @param domain its domain, or null
         * @return this builder
         */
        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link AppCreateParams}
         * @throws NullPointerException when a required field is missing
         */
        public AppCreateParams build() {
            return new AppCreateParams(name, email, domain);
        }
    }
}
