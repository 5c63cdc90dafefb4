package io.soundport.domain.notifications;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;
import io.soundport.domain.shared.event.EventMeta;

import java.time.Instant;
import java.util.Objects;

/**
 * One message to one recipient, queued and then sent by a worker through the provider of its channel: QUEUED until
 * the provider accepts it (SENT, with the provider's message id) or until every attempt has failed (FAILED, with
 * the last reason). The subject and body are the final text, a template already applied. A confidential one carries a
 * secret meant for its recipient alone (a verification link): it is sent like any other, but its body is never shown
 * to the organization.
 */
public record Notification(NotificationId id, OrganizationId organizationId, Recipient recipient, String subject,
                           String body, NotificationTemplateId templateId, boolean confidential,
                           NotificationStatus status, int attempts,
                           String providerMessageId, String failureReason, Instant createdAt, Instant updatedAt,
                           Instant sentAt, long version) {
    public static final int MAX_SUBJECT_LENGTH = 200;
    /** What each channel's provider takes: an e-mail body, an SMS of at most 10 segments, a push alert. */
    public static final int MAX_EMAIL_BODY_LENGTH = 100_000;
    public static final int MAX_SMS_BODY_LENGTH = 1_600;
    public static final int MAX_PUSH_BODY_LENGTH = 2_000;
    public static final int MAX_FAILURE_REASON_LENGTH = 500;

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }

    /**
     * A new notification, QUEUED. An e-mail needs a subject; an SMS has none (a subject given is refused rather than
     * dropped unseen). Every error of the text is reported at once, under {@code subject} and {@code body}.
     */
    public static Notification queue(NotificationId id, OrganizationId organizationId, Recipient recipient,
                                     Text text, Instant now) {
        Validation validation = new Validation();
        Text checked = text.check(recipient.channel(), validation);
        validation.throwIfInvalid();
        return new Notification(id, organizationId, recipient, checked.subject(), checked.body(), text.templateId(),
                text.confidential(), NotificationStatus.QUEUED, 0, null, null, now, now, null, 1);
    }

    /** The longest body the channel's provider takes. */
    public static int maxBodyLength(Channel channel) {
        return switch (channel) {
            case EMAIL -> MAX_EMAIL_BODY_LENGTH;
            case SMS -> MAX_SMS_BODY_LENGTH;
            case PUSH -> MAX_PUSH_BODY_LENGTH;
        };
    }

    /** The provider accepted it. */
    public Notification sent(String providerMessageId, Instant now) {
        requireQueued();
        return new Notification(id, organizationId, recipient, subject, body, templateId, confidential,
                NotificationStatus.SENT,
                attempts + 1, Objects.requireNonNull(providerMessageId, "providerMessageId"), null, createdAt, now,
                now, version);
    }

    /**
     * An attempt failed: still QUEUED when it will be tried again, FAILED with the reason when it was the
     * {@code last}. The reason is kept either way (the last one), cut to {@value #MAX_FAILURE_REASON_LENGTH}
     * characters.
     */
    public Notification attemptFailed(String reason, boolean last, Instant now) {
        requireQueued();
        String kept = reason == null || reason.isBlank() ? "unknown error" : reason.strip();
        if (kept.length() > MAX_FAILURE_REASON_LENGTH) {
            kept = kept.substring(0, MAX_FAILURE_REASON_LENGTH);
        }
        return new Notification(id, organizationId, recipient, subject, body, templateId, confidential,
                last ? NotificationStatus.FAILED : NotificationStatus.QUEUED, attempts + 1, null, kept, createdAt,
                now, null, version);
    }

    /** The event that says it failed for good; only a FAILED notification raises it. */
    public NotificationEvent.NotificationFailed failed(EventMeta meta) {
        if (status != NotificationStatus.FAILED) {
            throw new IllegalStateException("Notification " + id + " is " + status + ", not FAILED");
        }
        return new NotificationEvent.NotificationFailed(meta, this);
    }

    private void requireQueued() {
        if (status != NotificationStatus.QUEUED) {
            throw DomainException.conflict("Notification " + id + " is already " + status);
        }
    }

    /** The text of a notification: a subject (e-mail, push title), a body, and the template it came from if any. */
    public record Text(String subject, String body, NotificationTemplateId templateId, boolean confidential) {
        public Text(String subject, String body, NotificationTemplateId templateId) {
            this(subject, body, templateId, false);
        }

        /** A text with a secret for its recipient alone: the notification never shows its body. */
        public static Text confidential(String subject, String body) {
            return new Text(subject, body, null, true);
        }

        /**
         * This text trimmed and checked for the channel, its errors recorded under {@code subject} and {@code body}:
         * an e-mail needs a subject, an SMS has none, a body fits the channel's provider.
         */
        Text check(Channel channel, Validation validation) {
            String checkedSubject = validation.field("subject", () -> Validation.optionalText(subject, "subject",
                    MAX_SUBJECT_LENGTH));
            String checkedBody = validation.field("body", () -> Validation.requireMultilineText(body, "body",
                    maxBodyLength(channel)));
            boolean hasSubject = subject != null && !subject.isBlank();
            validation.require(channel != Channel.EMAIL || hasSubject, "subject", "an e-mail needs a subject");
            validation.require(channel != Channel.SMS || !hasSubject, "subject", "an SMS has no subject");
            return new Text(checkedSubject, checkedBody, templateId, confidential);
        }
    }
}
