package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.CampaignStatus;

/**
 * Which campaigns {@code campaigns().list(..)} returns, newest first. Build it with {@link #builder()}.
 *
 * @param status one status, or null for all
 * @param q text the name contains, any case, or null
 * @param limit items per page, 1 to 100; 20 when null
 * @param cursor the {@code nextCursor()} of the previous page, or null
 */
public record CampaignListParams(CampaignStatus status, String q, Integer limit, String cursor) {
    /**
     * Refuses a status the server cannot filter by.
     *
     * @param status one status, or null for all
     * @param q text the name contains, any case, or null
     * @param limit items per page, 1 to 100; 20 when null
     * @param cursor the {@code nextCursor()} of the previous page, or null
     * @throws IllegalArgumentException when the status is {@link CampaignStatus#UNKNOWN}
     */
    public CampaignListParams {
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

    /** Builds a {@link CampaignListParams}. */
    public static final class Builder {
        private CampaignStatus status;
        private String q;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /**
         * Sets {@code status}.
         *
         * @param status one status, or null for all
         * @return this builder
         */
        public Builder status(CampaignStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code q}.
         *
         * @param q text the name contains, any case, or null
         * @return this builder
         */
        public Builder q(String q) {
            this.q = q;
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
         * @return the params
         * @throws IllegalArgumentException when the status is {@link CampaignStatus#UNKNOWN}
         */
        public CampaignListParams build() {
            return new CampaignListParams(status, q, limit, cursor);
        }
    }
}
