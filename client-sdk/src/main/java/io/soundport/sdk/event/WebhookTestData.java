package io.soundport.sdk.event;

/**
 * A {@code webhook.test} event, sent by {@code webhooks().test(id)}.
 *
 * @param message       a fixed sentence saying it is a test
 * @param endpointId    the endpoint tested ({@code whk_...})
 * @param workflowDepth always 0
 */
public record WebhookTestData(String message, String endpointId, int workflowDepth) implements EventData {
}
