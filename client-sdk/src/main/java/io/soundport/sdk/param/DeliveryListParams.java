package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.DeliveryStatus;

/**
 * Which deliveries {@code deliveries().list(..)} returns, newest first.
 * Build it with {@link #builder()}.
 *
 * @param releaseId one release's deliveries, or null
 * @param partnerId one partner's deliveries, or null
 * @param status    one status, or null for all
 * @param limit     items per page, 1 to 100; 20 when null
 * @param cursor    the {@code nextCursor()} of the previous page, or null
 */
public record DeliveryListParams(String releaseId, String partnerId, DeliveryStatus status, Integer limit,
                                 String cursor) {
    /**
     * Refuses a status the server cannot filter by.
     *
     * @param releaseId one release's deliveries, or null
     * @param partnerId one partner's deliveries, or null
     * @param status    one status, or null for all
     * @param limit     items per page, 1 to 100; 20 when null
     * @param cursor    the {@code nextCursor()} of the previous page, or null
     * @throws IllegalArgumentException when the status is {@link DeliveryStatus#UNKNOWN}
     */
    public DeliveryListParams {
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

    /** Builds a {@link DeliveryListParams}. */
    public static final class Builder {
        private String releaseId;
        private String partnerId;
        private DeliveryStatus status;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /**
         * Sets {@code release_id}.
         *
         * @param releaseId one release's deliveries, or null
         * @return this builder
         */
        public Builder releaseId(String releaseId) {
            this.releaseId = releaseId;
            return this;
        }

        /**
         * Sets {@code partner_id}.
         *
         * @param partnerId one partner's deliveries, or null
         * @return this builder
         */
        public Builder partnerId(String partnerId) {
            this.partnerId = partnerId;
            return this;
        }

        /**
         * Sets {@code status}.
         *
         * @param status one status, such as {@link DeliveryStatus#FAILED}, or null for all
         * @return this builder
         */
        public Builder status(DeliveryStatus status) {
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
         * @return a new {@link DeliveryListParams}
         */
        public DeliveryListParams build() {
            return new DeliveryListParams(releaseId, partnerId, status, limit, cursor);
        }
    }
}
