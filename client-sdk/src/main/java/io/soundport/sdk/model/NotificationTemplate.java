package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A notification template of the caller's organization: a named message of one channel whose subject and body have
 * variables ({@code {{release.title}}}) and sections ({@code {{#tracks}}...{{/tracks}}}), filled from a notification's
 * {@code data} when one is queued from it. Templates are not personal data: {@link #toString()} shows every field.
 *
 * @param id           the template's id ({@code ntt_...})
 * @param name         its name, unique within the organization; a notification may name it instead of giving its id
 * @param channelValue the channel as sent; {@link #channel()} reads it as an enum
 * @param subject      the subject of an e-mail template, or null (SMS has none, push may have none)
 * @param body         the body, in the template language
 * @param createdAt    when it was added
 * @param updatedAt    when it last changed
 * @param version      its version, for {@code If-Match}
 */
public record NotificationTemplate(String id, String name, @JsonProperty("channel") String channelValue,
                                   String subject, String body, Instant createdAt, Instant updatedAt, long version) {
    /**
     * The channel of the notifications queued from the template; it never changes.
     *
     * @return the channel, {@link NotificationChannel#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #channelValue()})
     */
    public NotificationChannel channel() {
        return NotificationChannel.fromValue(channelValue);
    }
}
