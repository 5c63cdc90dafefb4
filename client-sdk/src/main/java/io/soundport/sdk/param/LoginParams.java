package io.soundport.sdk.param;

import java.util.Objects;

/**
 * What {@code auth().login(..)} takes. {@link #toString()} hides the password.
 * Build it with {@link #builder()}; {@code email} and {@code password} are required (a {@link NullPointerException} otherwise).
 *
 * @param email          the e-mail
 * @param password       the password
 * @param organizationId which of the user's organizations; the oldest when null
 */
public record LoginParams(String email, String password, String organizationId) {
    /**
     * Checks the required fields.
     *
     * @param email          the e-mail
     * @param password       the password
     * @param organizationId which of the user's organizations; the oldest when null
     * @throws NullPointerException when a required field is missing
     */
    public LoginParams {
        Objects.requireNonNull(email, "email is required");
        Objects.requireNonNull(password, "password is required");
    }

    @Override
    public String toString() {
        return "LoginParams[email=" + email + ", password=…, organizationId=" + organizationId + "]";
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LoginParams}. */
    public static final class Builder {
        private String email;
        private String password;
        private String organizationId;

        private Builder() {
        }

        /**
         * Sets {@code email}.
         *
         * @param email the e-mail
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code password}.
         *
         * @param password the password
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Sets {@code organization_id}.
         *
         * @param organizationId which of the user's organizations; the oldest when null
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link LoginParams}
         * @throws NullPointerException when a required field is missing
         */
        public LoginParams build() {
            return new LoginParams(email, password, organizationId);
        }
    }
}
