package io.soundport.sdk.param;

import java.util.List;
import java.util.Objects;

/**
 * What {@code deliveries().create(..)} takes: the partners to deliver a release to, each active.
 * Build it with {@link #builder()}; {@code partnerIds} is required (a {@link NullPointerException} otherwise).
 *
 * @param partnerIds the partners' ids, at least one
 */
public record DeliveryCreateParams(List<String> partnerIds) {
    /**
     * Checks and copies the list.
     *
     * @param partnerIds the partners' ids, at least one
     * @throws NullPointerException when the list is missing
     */
    public DeliveryCreateParams {
        Objects.requireNonNull(partnerIds, "partner_ids is required");
        partnerIds = List.copyOf(partnerIds);
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DeliveryCreateParams}. */
    public static final class Builder {
        private List<String> partnerIds;

        private Builder() {
        }

        /**
         * Sets {@code partner_ids}.
         *
         * @param partnerIds the partners' ids, at least one
         * @return this builder
         */
        public Builder partnerIds(List<String> partnerIds) {
            this.partnerIds = partnerIds;
            return this;
        }

        /**
         * Sets {@code partner_ids}.
         *
         * @param partnerIds the partners' ids, at least one
         * @return this builder
         */
        public Builder partnerIds(String... partnerIds) {
            this.partnerIds = List.of(partnerIds);
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link DeliveryCreateParams}
         * @throws NullPointerException when the partners are missing
         */
        public DeliveryCreateParams build() {
            return new DeliveryCreateParams(partnerIds);
        }
    }
}
