package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.OrganizationStatus;
import io.soundport.sdk.model.Tier;

/**
 * Which organizations {@code admin().organizations().list(..)} returns, newest first.
 * Build it with {@link #builder()}.
 *
 * @param q      a part of the name (any case) or an exact organization id, or null
 * @param tier   one tier, or null for all
 * @param status one standing, or null for both
 * @param limit  items per page, 1 to 100; 20 when null
 * @param cursor the {@code nextCursor()} of the previous page, or null
 */
public record AdminOrganizationListParams(String q, Tier tier, OrganizationStatus status, Integer limit,
                                          String cursor) {
    /**
     * Refuses a tier or a status the server cannot filter by.
     *
     * @param q      a part of the name (any case) or an exact organization id, or null
     * @param tier   one tier, or null for all
     * @param status one standing, or null for both
     * @param limit  items per page, 1 to 100; 20 when null
     * @param cursor the {@code nextCursor()} of the previous page, or null
     * @throws IllegalArgumentException when the tier or the status is {@code UNKNOWN}
     */
    public AdminOrganizationListParams {
        ApiEnum.requireKnown(tier, "tier");
        ApiEnum.requireKnown(status, "status");
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AdminOrganizationListParams}. */
    public static final class Builder {
        private String q;
        private Tier tier;
        private OrganizationStatus status;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /**
         * Sets {@code q}.
         *
         * @param q a part of the name (any case) or an exact organization id, or null
         * @return this builder
         */
        public Builder q(String q) {
            this.q = q;
            return this;
        }

        /**
         * Sets {@code tier}.
         *
         * @param tier one tier, or null for all
         * @return this builder
         */
        public Builder tier(Tier tier) {
            this.tier = tier;
            return this;
        }

        /**
         * Sets {@code status}.
         *
         * @param status one standing, or null for both
         * @return this builder
         */
        public Builder status(OrganizationStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code limit}.
         *
         * @param limit items per page, 1 to 100; 20 when null
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code cursor}.
         *
         * @param cursor the {@code nextCursor()} of the previous page, or null
         * @return this builder
         */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link AdminOrganizationListParams}
         */
        public AdminOrganizationListParams build() {
            return new AdminOrganizationListParams(q, tier, status, limit, cursor);
        }
    }
}
