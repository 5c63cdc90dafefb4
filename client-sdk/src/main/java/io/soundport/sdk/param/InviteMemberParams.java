package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

import java.util.Objects;

/**
 * What {@code organization().invite(..)} takes: a person by e-mail and their role.
 * Build it with {@link #builder()}; {@code email} and {@code role} are required (a {@link NullPointerException} otherwise).
 *
 * @param email their e-mail; someone without an account yet gets one when they register
 * @param role  the role to give
 * @param name  their name, for someone without an account yet; or null
 */
public record InviteMemberParams(String email, Role role, String name) {
    /**
     * Checks the required fields.
     *
     * @param email their e-mail; someone without an account yet gets one when they register
     * @param role  the role to give
     * @param name  their name, for someone without an account yet; or null
     * @throws NullPointerException     when a required field is missing
     * @throws IllegalArgumentException when the role is {@link Role#UNKNOWN}
     */
    public InviteMemberParams {
        Objects.requireNonNull(email, "email is required");
        ApiEnum.requireKnown(Objects.requireNonNull(role, "role is required"), "role");
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link InviteMemberParams}. */
    public static final class Builder {
        private String email;
        private Role role;
        private String name;

        private Builder() {
        }

        /**
         * Sets {@code email}.
         *
         * @param email their e-mail; someone without an account yet gets one when they register
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code role}.
         *
         * @param role the role to give
         * @return this builder
         */
        public Builder role(Role role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name their name, for someone without an account yet; or null
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link InviteMemberParams}
         * @throws NullPointerException when a required field is missing
         */
        public InviteMemberParams build() {
            return new InviteMemberParams(email, role, name);
        }
    }
}
