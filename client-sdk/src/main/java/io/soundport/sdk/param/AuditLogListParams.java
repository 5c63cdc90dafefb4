package io.soundport.sdk.param;

import java.time.Instant;

/**
 * Which entries {@code auditLog().list(..)} and {@code auditLog().listAll(..)} return, newest first; an unset filter
 * matches every entry. Build it with {@link #builder()}.
 *
 * @param actor          one user's ({@code usr_...}) or API key's ({@code key_...}) changes, or null
 * @param resourceType   changes to one kind of resource ({@code release}, {@code api_key}...), or null
 * @param resourceId     changes to one resource, or null
 * @param action         one action, such as {@code release.updated}, or null
 * @param since          changes at or after this instant, or null
 * @param until          changes before this instant, or null
 * @param organizationId one organization's changes (platform operators' {@code listAll} only), or null
 * @param limit          items per page, 1 to 100; 20 when null
 * @param cursor         the {@code nextCursor()} of the previous page, or null
 */
public record AuditLogListParams(String actor, String resourceType, String resourceId, String action, Instant since,
                                 Instant until, String organizationId, Integer limit, String cursor) {
    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AuditLogListParams}. */
    public static final class Builder {
        private String actor;
        private String resourceType;
        private String resourceId;
        private String action;
        private Instant since;
        private Instant until;
        private String organizationId;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /**
         * Sets {@code actor}.
         *
         * @param actor a user id ({@code usr_...}) or an API key id ({@code key_...}), or null
         * @return this builder
         */
        public Builder actor(String actor) {
            this.actor = actor;
            return this;
        }

        /**
         * Sets {@code resource_type}.
         *
         * @param resourceType a kind of resource, such as {@code release}, or null
         * @return this builder
         */
        public Builder resourceType(String resourceType) {
            this.resourceType = resourceType;
            return this;
        }

        /**
         * Sets {@code resource_id}.
         *
         * @param resourceId one resource's id, or null
         * @return this builder
         */
        public Builder resourceId(String resourceId) {
            this.resourceId = resourceId;
            return this;
        }

        /**
         * Sets {@code action}.
         *
         * @param action an action such as {@code release.updated}, or null
         * @return this builder
         */
        public Builder action(String action) {
            this.action = action;
            return this;
        }

        /**
         * Sets {@code since}.
         *
         * @param since the earliest instant (inclusive), or null
         * @return this builder
         */
        public Builder since(Instant since) {
            this.since = since;
            return this;
        }

        /**
         * Sets {@code until}.
         *
         * @param until the instant the changes come before (exclusive), or null
         * @return this builder
         */
        public Builder until(Instant until) {
            this.until = until;
            return this;
        }

        /**
         * Sets {@code organization_id}: platform operators' {@code listAll} only; an organization's own list
         * ignores it.
         *
         * @param organizationId an organization id ({@code org_...}), or null
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
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
         * @return a new {@link AuditLogListParams}
         */
        public AuditLogListParams build() {
            return new AuditLogListParams(actor, resourceType, resourceId, action, since, until, organizationId, limit,
                    cursor);
        }
    }
}
