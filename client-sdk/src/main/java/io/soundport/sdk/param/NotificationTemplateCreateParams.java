package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.NotificationChannel;

import java.util.Objects;

/**
 * What {@code notifications().createTemplate(..)} takes: a name, a channel, and the text in the template language,
 * with variables ({@code {{release.title}}}) and sections ({@code {{#tracks}}...{{/tracks}}}) that a notification's
 * {@code data} fills. The server checks the text as a notification's of the channel would be (an e-mail needs a
 * subject, an SMS has none) and its syntax. Build it with {@link #builder()}; {@code name}, {@code channel} and
 * {@code body} are required (a {@link NullPointerException} otherwise).
 * <pre>{@code
 * client.notifications().createTemplate(NotificationTemplateCreateParams.builder()
 *         .name("release-out")
 *         .channel(NotificationChannel.EMAIL)
 *         .subject("{{release.title}} is out")
 *         .body("Hi {{name}}, {{release.title}} is out on Friday.")
 *         .build());
 * }</pre>
 *
 * @param name    the template's name, unique within the organization, at most 100 characters
 * @param channel the channel of the notifications queued from it: {@link NotificationChannel#EMAIL},
 *                {@link NotificationChannel#SMS} or {@link NotificationChannel#PUSH}; it never changes
 * @param subject required for an e-mail, refused for SMS, optional for push; at most 200 characters; or null
 * @param body    the text, within what the channel's provider takes (100,000 characters for an e-mail, 1,600 for an
 *                SMS, 2,000 for push)
 */
public record NotificationTemplateCreateParams(String name, NotificationChannel channel, String subject,
                                               String body) {
    /**
     * Checks the required fields.
     *
     * @param name    the template's name, unique within the organization, at most 100 characters
     * @param channel the channel of the notifications queued from it
     * @param subject required for an e-mail, refused for SMS; or null
     * @param body    the text
     * @throws NullPointerException     when a required field is missing
     * @throws IllegalArgumentException when the channel is {@link NotificationChannel#UNKNOWN}
     */
    public NotificationTemplateCreateParams {
        Objects.requireNonNull(name, "name is required");
        ApiEnum.requireKnown(Objects.requireNonNull(channel, "channel is required"), "channel");
        Objects.requireNonNull(body, "body is required");
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NotificationTemplateCreateParams}. */
    public static final class Builder {
        private String name;
        private NotificationChannel channel;
        private String subject;
        private String body;

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name the template's name, unique within the organization, at most 100 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code channel}.
         *
         * @param channel the channel of the notifications queued from the template, such as
         *                {@link NotificationChannel#EMAIL}
         * @return this builder
         */
        public Builder channel(NotificationChannel channel) {
            this.channel = channel;
            return this;
        }

        /**
         * Sets {@code subject}.
         *
         * @param subject required for an e-mail, refused for SMS, optional for push; or null
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * Sets {@code body}.
         *
         * @param body the text in the template language
         * @return this builder
         */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link NotificationTemplateCreateParams}
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when the channel is {@link NotificationChannel#UNKNOWN}
         */
        public NotificationTemplateCreateParams build() {
            return new NotificationTemplateCreateParams(name, channel, subject, body);
        }
    }
}
