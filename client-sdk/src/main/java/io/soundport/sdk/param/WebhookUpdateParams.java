package io.soundport.sdk.param;

import io.soundport.sdk.event.Event;

import java.util.List;

/**
 * What {@code webhooks().update(..)} changes; null fields are kept. Setting {@code active} to true re-enables an
 * endpoint that Soundport disabled after failures, and clears its failure count.
 * Build it with {@link #builder()}.
 *
 * @param url         a new https URL, or null
 * @param events      new event types, {@code ["*"]} for all, or null
 * @param description a new description of at most 500 characters, or null (a blank one keeps the current one too)
 * @param active      true to switch it on or re-enable it, false to switch it off, or null
 */
public record WebhookUpdateParams(String url, List<String> events, String description, Boolean active) {
    /**
     * Copies the list.
     *
     * @param url         a new https URL, or null
     * @param events      new event types, {@code ["*"]} for all, or null
     * @param description a new description of at most 500 characters, or null
     * @param active      true to switch it on or re-enable it, false to switch it off, or null
     */
    public WebhookUpdateParams {
        events = events == null ? null : List.copyOf(events);
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WebhookUpdateParams}. */
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
         * @param url a new https URL, or null
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Sets {@code events}.
         *
         * @param events new event types, {@code ["*"]} for all, or null
         * @return this builder
         */
        public Builder events(List<String> events) {
            this.events = events;
            return this;
        }

        /**
         * Sets {@code events}.
         *
         * @param events new event types, or {@value WebhookCreateParams#ALL_EVENTS} for all
         * @return this builder
         */
        public Builder events(String... events) {
            this.events = List.of(events);
            return this;
        }

        /**
         * Sets {@code events}.
         *
         * @param events new event types
         * @return this builder
         * @throws IllegalArgumentException when one is {@link Event.Type#UNKNOWN}
         */
        public Builder events(Event.Type... events) {
            this.events = EventTypeValues.of(events, "events");
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param description a new description of at most 500 characters, or null
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@code active}.
         *
         * @param active true to switch it on or re-enable it, false to switch it off, or null
         * @return this builder
         */
        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link WebhookUpdateParams}
         */
        public WebhookUpdateParams build() {
            return new WebhookUpdateParams(url, events, description, active);
        }
    }
}
