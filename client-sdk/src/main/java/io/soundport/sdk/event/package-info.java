/**
 * The events Soundport's webhooks carry, as {@link io.soundport.sdk.Webhooks#constructEvent} returns them: an
 * {@link io.soundport.sdk.event.Event} with its {@link io.soundport.sdk.event.Event.Type} and its data as the record
 * of its type ({@link io.soundport.sdk.event.ReleaseData}, {@link io.soundport.sdk.event.DeliveryData}, ...), or
 * {@link io.soundport.sdk.event.UnknownData} for a type this version of the SDK does not know.
 */
package io.soundport.sdk.event;
