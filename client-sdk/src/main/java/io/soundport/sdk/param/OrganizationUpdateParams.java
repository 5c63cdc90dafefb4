package io.soundport.sdk.param;

/**
 * What {@code organization().update(..)} changes (OWNER only): the organization as the sender of its DDEX ERN
 * messages. A null field is kept; an empty string clears it. Build it with {@link #builder()}.
 *
 * @param dpid      the organization's DDEX Party ID ({@code PADPIDA} followed by letters and digits), needed before a
 *                  delivery; an empty string removes it; or null
 * @param partyName the party name its ERN messages carry; an empty string makes it the organization's name again;
 *                  or null
 */
public record OrganizationUpdateParams(String dpid, String partyName) {
    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OrganizationUpdateParams}. */
    public static final class Builder {
        private String dpid;
        private String partyName;

        private Builder() {
        }

        /**
         * Sets {@code dpid}.
         *
         * @param dpid a DDEX Party ID, an empty string to remove it, or null
         * @return this builder
         */
        public Builder dpid(String dpid) {
            this.dpid = dpid;
            return this;
        }

        /**
         * Sets {@code partyName}.
         *
         * @param partyName the party name, an empty string for the organization's name, or null
         * @return this builder
         */
        public Builder partyName(String partyName) {
            this.partyName = partyName;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link OrganizationUpdateParams}
         */
        public OrganizationUpdateParams build() {
            return new OrganizationUpdateParams(dpid, partyName);
        }
    }
}
