package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@code apiKeys().create(..)} takes.
 * Build it with {@link #builder()}; {@code name} and {@code scopes} are required (a {@link NullPointerException} otherwise).
 *
 * @param name      the key's name
 * @param scopes    what the key may do; at least one
 * @param expiresAt when it expires, or null for never
 */
public record ApiKeyCreateParams(String name, List<ApiKeyScope> scopes, Instant expiresAt) {
    /**
     * Checks the required fields and copies the lists.
     *
     * @param name      the key's name
     * @param scopes    what the key may do; at least one
     * @param expiresAt when it expires, or null for never
     * @throws NullPointerException     when a required field is missing
     * @throws IllegalArgumentException when a scope is {@link ApiKeyScope#UNKNOWN}
     */
    public ApiKeyCreateParams {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(scopes, "scopes is required");
        scopes = List.copyOf(scopes);
        scopes.forEach(scope -> ApiEnum.requireKnown(scope, "scopes"));
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ApiKeyCreateParams}. */
    public static final class Builder {
        private String name;
        private List<ApiKeyScope> scopes;
        private Instant expiresAt;

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name the key's name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code scopes}.
         *
         * @param scopes what the key may do; at least one
         * @return this builder
         */
        public Builder scopes(List<ApiKeyScope> scopes) {
            this.scopes = scopes;
            return this;
        }

        /**
         * Sets {@code scopes}.
         *
         * @param scopes what the key may do; at least one
         * @return this builder
         */
        public Builder scopes(ApiKeyScope... scopes) {
            this.scopes = List.of(scopes);
            return this;
        }

        /**
         * Sets {@code expires_at}.
         *
         * @param expiresAt when it expires, or null for never
         * @return this builder
         */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link ApiKeyCreateParams}
         * @throws NullPointerException when a required field is missing
         */
        public ApiKeyCreateParams build() {
            return new ApiKeyCreateParams(name, scopes, expiresAt);
        }
    }
}
