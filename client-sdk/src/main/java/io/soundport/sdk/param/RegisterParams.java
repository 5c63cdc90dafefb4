package io.soundport.sdk.param;

import java.util.Objects;

/**
 * What {@code auth().register(..)} takes: a new account and the organization it owns. {@link #toString()} hides the password.
 * Build it with {@link #builder()}; {@code email}, {@code password}, {@code name} and {@code organizationName} are required (a {@link NullPointerException} otherwise).
 *
 * @param email            the e-mail to sign in with
 * @param password         at least 10 characters
 * @param name             the person's name
 * @param organizationName the name of the organization they will own
 */
public record RegisterParams(String email, String password, String name, String organizationName) {
    /**
     * Checks the required fields.
     *
     * @param email            the e-mail to sign in with
     * @param password         at least 10 characters
     * @param name             the person's name
     * @param organizationName the name of the organization they will own
     * @throws NullPointerException when a required field is missing
     */
    public RegisterParams {
        Objects.requireNonNull(email, "email is required");
        Objects.requireNonNull(password, "password is required");
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(organizationName, "organization_name is required");
    }

    @Override
    public String toString() {
        return "RegisterParams[email=" + email + ", password=…, name=" + name + ", organizationName=" + organizationName + "]";
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RegisterParams}. */
    public static final class Builder {
        private String email;
        private String password;
        private String name;
        private String organizationName;

        private Builder() {
        }

        /**
         * Sets {@code email}.
         *
         * @param email the e-mail to sign in with
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code password}.
         *
         * @param password at least 10 characters
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name the person's name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code organization_name}.
         *
         * @param organizationName the name of the organization they will own
         * @return this builder
         */
        public Builder organizationName(String organizationName) {
            this.organizationName = organizationName;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link RegisterParams}
         * @throws NullPointerException when a required field is missing
         */
        public RegisterParams build() {
            return new RegisterParams(email, password, name, organizationName);
        }
    }
}
