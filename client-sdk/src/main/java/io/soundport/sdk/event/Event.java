package io.soundport.sdk.event;

import io.soundport.sdk.model.ApiEnum;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One verified webhook, as {@link io.soundport.sdk.Webhooks#constructEvent} returns it.
 * <p>
 * Two ids: {@link #id()} ({@code evt_...}) is the event, the same in every message that carries it (one per subscribed
 * endpoint); {@link #messageId()} ({@code msg_...}, the {@code webhook-id} header) is the message to one endpoint,
 * the same on every retry and replay of it. A receiver deduplicates on the message id.
 * <p>
 * The data is typed by the event's type. In Java 17, read it through the accessor of its shape, which is empty for
 * an event of another shape:
 * <pre>{@code
 * event.delivery().ifPresent(d -> log(d.releaseId() + " " + d.status()));
 * if (event.type() == Event.Type.RELEASE_SUBMITTED) {
 *     ReleaseData release = event.release().orElseThrow();
 * }
 * }</pre>
 * or test {@link #data()}, a sealed {@link EventData}, with {@code instanceof}. An event type this version of the SDK
 * does not know has {@link Type#UNKNOWN} with the string in {@link #typeValue()}, and {@link UnknownData};
 * {@link #rawData()} and {@link #body()} have every event as sent.
 *
 * @param id        the event's id ({@code evt_...})
 * @param typeValue the type as sent, such as {@code release.submitted}; {@link #type()} reads it as an enum
 * @param createdAt when the event happened (the body's {@code timestamp})
 * @param messageId the webhook message's id ({@code msg_...}, the {@code webhook-id} header)
 * @param data      the data, typed by the event's type
 * @param rawData   the data as sent, JSON-shaped (maps, lists, strings, numbers, booleans, nulls)
 * @param body      the body exactly as received
 */
public record Event(String id, String typeValue, Instant createdAt, String messageId, EventData data,
                    Map<String, Object> rawData, String body) {
    /**
     * Checks the required fields and copies the raw data.
     *
     * @param id        the event's id
     * @param typeValue the type as sent
     * @param createdAt when the event happened
     * @param messageId the webhook message's id
     * @param data      the data, typed by the event's type
     * @param rawData   the data as sent
     * @param body      the body exactly as received
     * @throws NullPointerException when the id, the type or the data is missing
     */
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(typeValue, "typeValue");
        Objects.requireNonNull(data, "data");
        rawData = rawData == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rawData));
    }

    /**
     * The event's type.
     *
     * @return the type, {@link Type#UNKNOWN} for one this SDK does not know (the raw string is {@link #typeValue()})
     */
    public Type type() {
        return Type.fromValue(typeValue);
    }

    /**
     * The release of a {@code release.*} event.
     *
     * @return the release, or empty for an event of another type
     */
    public Optional<ReleaseData> release() {
        return dataAs(ReleaseData.class);
    }

    /**
     * The track of a {@code track.*} event.
     *
     * @return the track, or empty for an event of another type
     */
    public Optional<TrackData> track() {
        return dataAs(TrackData.class);
    }

    /**
     * The artist of an {@code artist.*} event.
     *
     * @return the artist, or empty for an event of another type
     */
    public Optional<ArtistData> artist() {
        return dataAs(ArtistData.class);
    }

    /**
     * The delivery of a {@code delivery.*} event.
     *
     * @return the delivery, or empty for an event of another type
     */
    public Optional<DeliveryData> delivery() {
        return dataAs(DeliveryData.class);
    }

    /**
     * The run of a {@code workflow.executed} event.
     *
     * @return the run, or empty for an event of another type
     */
    public Optional<WorkflowExecutionData> workflowExecution() {
        return dataAs(WorkflowExecutionData.class);
    }

    /**
     * What a rule's webhook action sent, for a {@code workflow.webhook} event.
     *
     * @return the rule and its data, or empty for an event of another type
     */
    public Optional<WorkflowWebhookData> workflowWebhook() {
        return dataAs(WorkflowWebhookData.class);
    }

    /**
     * The endpoint of a {@code webhook.test} event.
     *
     * @return the test's data, or empty for an event of another type
     */
    public Optional<WebhookTestData> webhookTest() {
        return dataAs(WebhookTestData.class);
    }

    /**
     * The organization of an {@code organization.*} event (its tier or standing changed).
     *
     * @return the organization, or empty for an event of another type
     */
    public Optional<OrganizationData> organization() {
        return dataAs(OrganizationData.class);
    }

    /**
     * The notification of a {@code notification.failed} event.
     *
     * @return the notification, or empty for an event of another type
     */
    public Optional<NotificationData> notification() {
        return dataAs(NotificationData.class);
    }

    /**
     * The connection of an {@code integration.*} event.
     *
     * @return the connection, or empty for an event of another type
     */
    public Optional<IntegrationData> integration() {
        return dataAs(IntegrationData.class);
    }

    /**
     * The live event of an {@code event.*} event (a concert, showcase or launch was added, changed or deleted).
     *
     * @return the live event, or empty for an event of another type
     */
    public Optional<LiveEventData> liveEvent() {
        return dataAs(LiveEventData.class);
    }

    /**
     * The campaign of a {@code campaign.*}, {@code budget.warning}, {@code goal.reached} or {@code metrics.updated}
     * event.
     *
     * @return the campaign, or empty for an event of another type
     */
    public Optional<CampaignData> campaign() {
        return dataAs(CampaignData.class);
    }

    private <T extends EventData> Optional<T> dataAs(Class<T> shape) {
        return shape.isInstance(data) ? Optional.of(shape.cast(data)) : Optional.empty();
    }

    /** Every event type Soundport publishes, with the record its data is read into. */
    public enum Type implements ApiEnum {
        /** A release was ingested (DRAFT). */
        RELEASE_CREATED("release.created", ReleaseData.class),
        /** A DRAFT release or its tracks changed. */
        RELEASE_UPDATED("release.updated", ReleaseData.class),
        /** A release went from DRAFT to SUBMITTED. */
        RELEASE_SUBMITTED("release.submitted", ReleaseData.class),
        /** A DRAFT release was deleted with its tracks. */
        RELEASE_DELETED("release.deleted", ReleaseData.class),
        /** A takedown of a delivered release was requested. */
        RELEASE_TAKEDOWN_REQUESTED("release.takedown_requested", ReleaseData.class),
        /** Every delivery of a release reached its partner. */
        RELEASE_DELIVERED("release.delivered", ReleaseData.class),
        /** Every partner confirmed the takedown. */
        RELEASE_TAKEN_DOWN("release.taken_down", ReleaseData.class),
        /** A track was added. */
        TRACK_CREATED("track.created", TrackData.class),
        /** A track changed. */
        TRACK_UPDATED("track.updated", TrackData.class),
        /** A track was deleted. */
        TRACK_DELETED("track.deleted", TrackData.class),
        /** An artist was added. */
        ARTIST_CREATED("artist.created", ArtistData.class),
        /** An artist changed. */
        ARTIST_UPDATED("artist.updated", ArtistData.class),
        /** An artist was deleted. */
        ARTIST_DELETED("artist.deleted", ArtistData.class),
        /** A delivery of a release to a partner was queued. */
        DELIVERY_QUEUED("delivery.queued", DeliveryData.class),
        /** A partner received a release (or its takedown). */
        DELIVERY_SUCCEEDED("delivery.succeeded", DeliveryData.class),
        /** A delivery failed after its last attempt. */
        DELIVERY_FAILED("delivery.failed", DeliveryData.class),
        /** A workflow rule ran. */
        WORKFLOW_EXECUTED("workflow.executed", WorkflowExecutionData.class),
        /** Emitted by a rule's webhook action, with the rule's data. */
        WORKFLOW_WEBHOOK("workflow.webhook", WorkflowWebhookData.class),
        /** Sent by {@code webhooks().test(id)}. */
        WEBHOOK_TEST("webhook.test", WebhookTestData.class),
        /** A platform operator suspended the organization: its calls are refused until it is reinstated. */
        ORGANIZATION_SUSPENDED("organization.suspended", OrganizationData.class),
        /** A platform operator lifted the organization's suspension: its calls are served again. */
        ORGANIZATION_REINSTATED("organization.reinstated", OrganizationData.class),
        /** The organization's tier (and so its hourly request limit) changed. */
        ORGANIZATION_TIER_CHANGED("organization.tier_changed", OrganizationData.class),
        /** A notification failed for good: every attempt to send it failed. */
        NOTIFICATION_FAILED("notification.failed", NotificationData.class),
        /** A user connected their account on an outside platform (Spotify, Meta), or connected it again. */
        INTEGRATION_CONNECTED("integration.connected", IntegrationData.class),
        /** A user's connection to an outside platform was removed. */
        INTEGRATION_DISCONNECTED("integration.disconnected", IntegrationData.class),
        /** A live event (concert, showcase, launch) was added. */
        EVENT_CREATED("event.created", LiveEventData.class),
        /** A live event changed: its status, its date or any other field. */
        EVENT_UPDATED("event.updated", LiveEventData.class),
        /** A live event was deleted. */
        EVENT_DELETED("event.deleted", LiveEventData.class),
        /** A campaign was created, as a draft. */
        CAMPAIGN_CREATED("campaign.created", CampaignData.class),
        /** A campaign's plan changed, or it was archived. */
        CAMPAIGN_UPDATED("campaign.updated", CampaignData.class),
        /** A campaign went live: launched, or resumed after a pause (on Meta too when it names an ad account). */
        CAMPAIGN_LAUNCHED("campaign.launched", CampaignData.class),
        /** A campaign was paused (on Meta too when it runs there). */
        CAMPAIGN_PAUSED("campaign.paused", CampaignData.class),
        /** A campaign is over: its end date passed or its budget is spent ({@link CampaignData#reason()}). */
        CAMPAIGN_COMPLETED("campaign.completed", CampaignData.class),
        /** A draft or archived campaign was deleted. */
        CAMPAIGN_DELETED("campaign.deleted", CampaignData.class),
        /** A campaign has spent 80 % of its budget. */
        BUDGET_WARNING("budget.warning", CampaignData.class),
        /** A campaign reached its goal. */
        GOAL_REACHED("goal.reached", CampaignData.class),
        /** A campaign's metrics were read again from the ad platform. */
        METRICS_UPDATED("metrics.updated", CampaignData.class),
        /** A type this version of the SDK does not know; {@link Event#typeValue()} has it, the data is raw. */
        UNKNOWN(null, UnknownData.class);

        private final String value;
        private final Class<? extends EventData> dataType;

        Type(String value, Class<? extends EventData> dataType) {
            this.value = value;
            this.dataType = dataType;
        }

        /**
         * The type's name on the wire.
         *
         * @return such as {@code release.submitted}; {@code UNKNOWN} for {@link #UNKNOWN}
         */
        @Override
        public String value() {
            return value == null ? name() : value;
        }

        /**
         * The record this type's data is read into.
         *
         * @return such as {@code ReleaseData.class}; {@code UnknownData.class} for {@link #UNKNOWN}
         */
        public Class<? extends EventData> dataType() {
            return dataType;
        }

        /**
         * The type's name on the wire, as {@link #value()}.
         *
         * @return such as {@code release.submitted}
         */
        @Override
        public String toString() {
            return value();
        }

        /**
         * The constant for a type as the API sends it.
         *
         * @param value the type, such as {@code release.submitted}, or null
         * @return the constant, {@link #UNKNOWN} when this SDK does not know the type, null for null
         */
        public static Type fromValue(String value) {
            return ApiEnum.fromValue(Type.class, value);
        }
    }
}
