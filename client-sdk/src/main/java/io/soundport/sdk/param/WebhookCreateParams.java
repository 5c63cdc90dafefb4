package io.soundport.sdk.param;

import io.soundport.sdk.event.Event;

import java.util.List;
import java.util.Objects;

/**
 * What {@code webhooks().create(..)} takes.
 * Build it with {@link #builder()}; {@code url} and {@code events} are required (a {@link NullPointerException}
 * otherwise).
 *
 * @param url         where to send the webhooks: https, resolving only to public addresses (a host the server
 *                    lists exactly in {@code SOUNDPORT_OUTBOUND_ALLOWED_HOSTS} may be internal and use http); at
 *                    most 2048 characters
 * @param events      the event types to subscribe to ({@code webhooks().eventTypes()} lists them), or
 *                    {@code ["*"]} for all
 * @param description a description of at most 500 characters, or null
 * @param active      false to register it switched off; true when null
 */
public record WebhookCreateParams(String url, List<String> events, String description, Boolean active) {
    /** The event type that subscribes to every event type. */
    public static final String ALL_EVENTS = "*";

    /**
     * Checks the required fields and copies the list.
     *
     * @param url         where to send the webhooks: https, never a private, loopback or link-local address; at most
     *                    2048 characters
     * @param events      the event types to subscribe to, or {@code ["*"]} for all
     * @param description a description of at most 500 characters, or null
     * @param active      false to register it switched off; true when null
     * @throws NullPointerException when a required field is missing
     */
    public WebhookCreateParams {
        Objects.requireNonNull(url, "url is required");
        Objects.requireNonNull(events, "events is required");
        events = List.copyOf(events);
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WebhookCreateParams}. */
    public static final class Builder {
        private String url;
        private List<String> events;
        private String description;
        private Boolean active;

        private Builder() {
        }

        /**
         * Sets {@code url}.
         *
         * @param url where to send the webhooks: https, resolving only to public addresses (a host the server lists
         *            exactly in {@code SOUNDPORT_OUTBOUND_ALLOWED_HOSTS} may be internal and use http)
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Sets {@code events}.
         *
         * @param events the event types to subscribe to, or {@code ["*"]} for all
         * @return this builder
         */
        public Builder events(List<String> events) {
            this.events = events;
            return this;
        }

        /**
         * Sets {@code events}.
         *
         * @param events the event types to subscribe to, or {@value WebhookCreateParams#ALL_EVENTS} for all
         * @return this builder
         */
        public Builder events(String... events) {
            this.events = List.of(events);
            return this;
        }

        /**
         * Sets {@code events}.
         *
         * @param events the event types to subscribe to
         * @return this builder
         * @throws IllegalArgumentException when one is {@link Event.Type#UNKNOWN}
         */
        public Builder events(Event.Type... events) {
            this.events = EventTypeValues.of(events, "events");
            return this;
        }

        /**
         * Subscribes to every event type, present and future: {@code events} is {@code ["*"]}.
         *
         * @return this builder
         */
        public Builder allEvents() {
            this.events = List.of(ALL_EVENTS);
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param description a description of at most 500 characters, or null
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@code active}.
         *
         * @param active false to register it switched off; true when null
         * @return this builder
         */
        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link WebhookCreateParams}
         * @throws NullPointerException when a required field is missing
         */
        public WebhookCreateParams build() {
            return new WebhookCreateParams(url, events, description, active);
        }
    }
}
