package io.soundport.sdk.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.model.NotificationChannel;
import io.soundport.sdk.model.NotificationStatus;

import java.time.Instant;

/**
 * The notification a {@code notification.failed} event is about: every attempt to send it failed. The body is left
 * out; {@code client.notifications().retrieve(id)} reads it.
 *
 * @param id             the notification's id ({@code ntf_...})
 * @param channelValue   the channel as sent; {@link #channel()} reads it as an enum
 * @param to             the recipient in its normal form
 * @param subject        the subject; null for an SMS
 * @param templateId     the template it was filled from; null for a text sent as it was given
 * @param statusValue    the status as sent; {@link #status()} reads it as an enum
 * @param attempts       the attempts made
 * @param failureReason  why the last attempt failed
 * @param createdAt      when it was queued
 * @param workflowDepth  how many workflow rules led to the event
 */
public record NotificationData(String id, @JsonProperty("channel") String channelValue, String to, String subject,
                               String templateId, @JsonProperty("status") String statusValue, int attempts,
                               String failureReason, Instant createdAt, int workflowDepth) implements EventData {
    /**
     * The channel it went by.
     *
     * @return the channel, {@link NotificationChannel#UNKNOWN} for one this SDK does not know
     */
    public NotificationChannel channel() {
        return NotificationChannel.fromValue(channelValue);
    }

    /**
     * Its status: {@code FAILED} in a {@code notification.failed} event.
     *
     * @return the status, {@link NotificationStatus#UNKNOWN} for one this SDK does not know
     */
    public NotificationStatus status() {
        return NotificationStatus.fromValue(statusValue);
    }

    /** Never shows the recipient: personal data. */
    @Override
    public String toString() {
        return "NotificationData[" + id + ", " + channelValue + ", " + statusValue + "]";
    }
}
