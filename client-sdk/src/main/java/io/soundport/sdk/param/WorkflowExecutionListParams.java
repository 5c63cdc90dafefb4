package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.WorkflowExecutionStatus;

/**
 * Which runs {@code workflow().listExecutions(..)} returns, newest first.
 * Build it with {@link #builder()}.
 *
 * @param ruleId one rule's runs, or null
 * @param status one status, or null for all
 * @param limit  items per page, 1 to 100; 20 when null
 * @param cursor the {@code nextCursor()} of the previous page, or null
 * @param releaseId the runs triggered by an event about one release ({@code rel_...}), or null
 */
public record WorkflowExecutionListParams(String ruleId, WorkflowExecutionStatus status, Integer limit,
                                          String cursor, String releaseId) {
    /**
     * Refuses a status the server cannot filter by.
     *
     * @param ruleId one rule's runs, or null
     * @param status one status, or null for all
     * @param limit  items per page, 1 to 100; 20 when null
     * @param cursor the {@code nextCursor()} of the previous page, or null
     * @param releaseId one release's runs, or null
     * @throws IllegalArgumentException when the status is {@link WorkflowExecutionStatus#UNKNOWN}
     */
    public WorkflowExecutionListParams {
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

    /** Builds a {@link WorkflowExecutionListParams}. */
    public static final class Builder {
        private String ruleId;
        private WorkflowExecutionStatus status;
        private Integer limit;
        private String cursor;
        private String releaseId;

        private Builder() {
        }

        /**
         * Sets {@code rule_id}.
         *
         * @param ruleId one rule's runs, or null
         * @return this builder
         */
        public Builder ruleId(String ruleId) {
            this.ruleId = ruleId;
            return this;
        }

        /**
         * Sets {@code status}.
         *
         * @param status one status, or null for all
         * @return this builder
         */
        public Builder status(WorkflowExecutionStatus status) {
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
         * Sets {@code release_id}.
         *
         * @param releaseId the runs triggered by an event about one release ({@code rel_...}), or null
         * @return this builder
         */
        public Builder releaseId(String releaseId) {
            this.releaseId = releaseId;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link WorkflowExecutionListParams}
         */
        public WorkflowExecutionListParams build() {
            return new WorkflowExecutionListParams(ruleId, status, limit, cursor, releaseId);
        }
    }
}
