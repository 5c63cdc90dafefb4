package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * An e-mail, SMS or push notification of the caller's organization, as queued and as the server's worker left it.
 *
 * @param id                the notification's id ({@code ntf_...})
 * @param channelValue      the channel as sent; {@link #channel()} reads it as an enum
 * @param to                the recipient in its normal form: an e-mail address, a phone number in E.164 form, or a
 *                          device token or SNS platform endpoint ARN
 * @param subject           the subject of an e-mail, or null (SMS and push have none)
 * @param body              the text sent, as given or filled from its template; null when it is confidential
 * @param confidential      whether it carries a secret for its recipient alone (an e-mail verification link): it is
 *                          sent like any other, but its body is never shown
 * @param templateId        the template it was filled from ({@code ntt_...}), or null when its text was given
 * @param statusValue       the status as sent; {@link #status()} reads it as an enum
 * @param attempts          the attempts made so far
 * @param providerMessageId the provider's id for the message once {@code SENT}, or null
 * @param failureReason     why the last attempt failed, or null
 * @param createdAt         when it was queued
 * @param updatedAt         when it last changed
 * @param sentAt            when the provider accepted it, or null until it is {@code SENT}
 * @param version           its version
 */
public record Notification(String id, @JsonProperty("channel") String channelValue, String to, String subject,
                           String body, boolean confidential, String templateId, @JsonProperty("status") String statusValue, int attempts,
                           String providerMessageId, String failureReason, Instant createdAt, Instant updatedAt,
                           Instant sentAt, long version) {
    /**
     * The channel the notification goes by.
     *
     * @return the channel, {@link NotificationChannel#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #channelValue()})
     */
    public NotificationChannel channel() {
        return NotificationChannel.fromValue(channelValue);
    }

    /**
     * Where the notification is.
     *
     * @return the status, {@link NotificationStatus#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #statusValue()})
     */
    public NotificationStatus status() {
        return NotificationStatus.fromValue(statusValue);
    }

    /**
     * The notification without its recipient, subject or body, which are personal data and stay out of logs.
     *
     * @return the id, channel, template, status, attempts and times
     */
    @Override
    public String toString() {
        return "Notification[id=" + id + ", channel=" + channelValue + ", confidential=" + confidential
                + ", templateId=" + templateId + ", status="
                + statusValue + ", attempts=" + attempts + ", providerMessageId=" + providerMessageId
                + ", failureReason=" + failureReason + ", createdAt=" + createdAt + ", updatedAt=" + updatedAt
                + ", sentAt=" + sentAt + ", version=" + version + "]";
    }
}
