package io.soundport.sdk.event;

/**
 * What an event carries under {@code data}: one record per shape the server publishes, or {@link UnknownData} for an
 * event type this version of the SDK does not know. Read it through {@link Event}'s typed accessors
 * ({@code event.release()}, {@code event.delivery()}, ...) or test it with {@code instanceof}:
 * <pre>{@code
 * if (event.data() instanceof DeliveryData delivery) { ... }
 * }</pre>
 */
public sealed interface EventData permits ReleaseData, TrackData, ArtistData, DeliveryData, WorkflowExecutionData,
        WorkflowWebhookData, WebhookTestData, OrganizationData, NotificationData, IntegrationData, LiveEventData,
        CampaignData, UnknownData {
    /**
     * How many workflow rules led to the event: 0 for an event of a user's or a worker's doing, 1 for one a rule's
     * action caused, and so on.
     *
     * @return the depth, 0 when the payload does not say
     */
    int workflowDepth();
}
