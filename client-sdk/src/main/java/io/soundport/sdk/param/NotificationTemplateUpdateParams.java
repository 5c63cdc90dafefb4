package io.soundport.sdk.param;

/**
 * What {@code notifications().updateTemplate(..)} changes; null fields are kept, and the channel never changes. The
 * text that results is checked as when the template was made (an e-mail needs a subject, an SMS has none).
 * Build it with {@link #builder()}.
 *
 * @param name    a new name, unique within the organization, of at most 100 characters; or null
 * @param subject a new subject of at most 200 characters (refused for SMS), or null
 * @param body    a new body in the template language, or null
 */
public record NotificationTemplateUpdateParams(String name, String subject, String body) {
    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NotificationTemplateUpdateParams}. */
    public static final class Builder {
        private String name;
        private String subject;
        private String body;

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name a new name, unique within the organization, of at most 100 characters; or null
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code subject}.
         *
         * @param subject a new subject of at most 200 characters (refused for SMS), or null
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * Sets {@code body}.
         *
         * @param body a new body in the template language, or null
         * @return this builder
         */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link NotificationTemplateUpdateParams}
         */
        public NotificationTemplateUpdateParams build() {
            return new NotificationTemplateUpdateParams(name, subject, body);
        }
    }
}
