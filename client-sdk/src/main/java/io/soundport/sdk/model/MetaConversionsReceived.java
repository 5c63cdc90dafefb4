package io.soundport.sdk.model;

/**
 * What the Conversions API made of the events sent.
 *
 * @param eventsReceived how many events Meta received
 * @param fbtraceId      Meta's trace id, for its support, or null
 */
public record MetaConversionsReceived(int eventsReceived, String fbtraceId) {
}
