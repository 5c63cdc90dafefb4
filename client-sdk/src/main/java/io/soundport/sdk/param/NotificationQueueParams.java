package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.NotificationChannel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code notifications().queue(..)} takes: a channel, a recipient, and either the text (a {@code subject} for an
 * e-mail, a {@code body}) or a {@code template} and the {@code data} that fills it. {@link #toString()} hides the
 * recipient, the text and the data.
 * Build it with {@link #builder()}; {@code channel} and {@code to} are required (a {@link NullPointerException}
 * otherwise).
 *
 * @param channel  how it goes: {@link NotificationChannel#EMAIL}, {@link NotificationChannel#SMS} or
 *                 {@link NotificationChannel#PUSH}
 * @param to       an e-mail address; a phone number in E.164 form ({@code +15555550100}) for SMS; a device token or
 *                 an SNS platform endpoint ARN for push
 * @param subject  required for an e-mail without a template, refused for SMS; or null
 * @param body     the text, or null with a template
 * @param template a template's id ({@code ntt_...}) or name, whose channel must be this one; or null with a text
 * @param data     the values the template's {@code {{variables}}} read (strings, numbers, booleans, lists and maps
 *                 of them), names as given; or null
 */
public record NotificationQueueParams(NotificationChannel channel, String to, String subject, String body,
                                      String template, Map<String, Object> data) {
    /**
     * Checks the required fields and copies the data.
     *
     * @param channel  how it goes
     * @param to       the recipient
     * @param subject  required for an e-mail without a template, refused for SMS; or null
     * @param body     the text, or null with a template
     * @param template a template's id ({@code ntt_...}) or name; or null with a text
     * @param data     the values the template reads; or null
     * @throws NullPointerException     when a required field is missing
     * @throws IllegalArgumentException when the channel is {@link NotificationChannel#UNKNOWN}
     */
    public NotificationQueueParams {
        ApiEnum.requireKnown(Objects.requireNonNull(channel, "channel is required"), "channel");
        Objects.requireNonNull(to, "to is required");
        data = data == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    @Override
    public String toString() {
        return "NotificationQueueParams[channel=" + channel + ", template=" + template + ", to="
                + (to == null ? null : "…") + ", subject=" + (subject == null ? null : "…") + ", body="
                + (body == null ? null : "…") + ", data=" + (data == null ? null : data.keySet()) + "]";
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NotificationQueueParams}. */
    public static final class Builder {
        private NotificationChannel channel;
        private String to;
        private String subject;
        private String body;
        private String template;
        private Map<String, Object> data;

        private Builder() {
        }

        /**
         * Sets {@code channel}.
         *
         * @param channel how the notification goes, such as {@link NotificationChannel#EMAIL}
         * @return this builder
         */
        public Builder channel(NotificationChannel channel) {
            this.channel = channel;
            return this;
        }

        /**
         * Sets {@code to}.
         *
         * @param to an e-mail address; a phone number in E.164 form for SMS; a device token or an SNS platform
         *           endpoint ARN for push
         * @return this builder
         */
        public Builder to(String to) {
            this.to = to;
            return this;
        }

        /**
         * Sets {@code subject}.
         *
         * @param subject required for an e-mail without a template, refused for SMS; or null
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * Sets {@code body}.
         *
         * @param body the text, or null with a template
         * @return this builder
         */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /**
         * Sets {@code template}: the subject and body come from it, filled from {@link #data(Map)}.
         *
         * @param template a template's id ({@code ntt_...}) or name, whose channel must be the notification's
         * @return this builder
         */
        public Builder template(String template) {
            this.template = template;
            return this;
        }

        /**
         * Sets {@code data}, the whole map.
         *
         * @param data the values the template's {@code {{variables}}} read, or null
         * @return this builder
         */
        public Builder data(Map<String, Object> data) {
            this.data = data == null ? null : new LinkedHashMap<>(data);
            return this;
        }

        /**
         * Adds one value to {@code data}.
         *
         * @param name  the variable's name, as the template writes it
         * @param value a string, number, boolean, or a list or map of them
         * @return this builder
         */
        public Builder data(String name, Object value) {
            if (this.data == null) {
                this.data = new LinkedHashMap<>();
            }
            this.data.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link NotificationQueueParams}
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when the channel is {@link NotificationChannel#UNKNOWN}
         */
        public NotificationQueueParams build() {
            return new NotificationQueueParams(channel, to, subject, body, template, data);
        }
    }
}
