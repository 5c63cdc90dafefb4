package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A recipient on the organization's opt-out list: notifications to them on that channel are refused, and those
 * queued before they opted out fail unsent. {@link #toString()} hides the address: it is personal data.
 *
 * @param channelValue the channel as sent; {@link #channel()} reads it as an enum
 * @param to           the recipient in the server's normal form (a lower-case e-mail address, an E.164 number, a
 *                     device token or an SNS endpoint ARN)
 * @param createdAt    when they were put on the list
 */
public record NotificationOptOut(@JsonProperty("channel") String channelValue, String to, Instant createdAt) {
    /**
     * The channel they opted out of.
     *
     * @return the channel, {@link NotificationChannel#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #channelValue()})
     */
    public NotificationChannel channel() {
        return NotificationChannel.fromValue(channelValue);
    }

    @Override
    public String toString() {
        return "NotificationOptOut[channel=" + channelValue + ", to=…, createdAt=" + createdAt + "]";
    }
}
