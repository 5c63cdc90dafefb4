package io.soundport.domain.notifications;

/** QUEUED until the provider accepts it (SENT) or every attempt has failed (FAILED). */
public enum NotificationStatus {
    QUEUED, SENT, FAILED
}
