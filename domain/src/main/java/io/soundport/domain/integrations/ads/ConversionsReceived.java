package io.soundport.domain.integrations.ads;

/** The Conversions API's answer: how many events it received, and its trace id for Meta's support. */
public record ConversionsReceived(int eventsReceived, String fbtraceId) {
}
