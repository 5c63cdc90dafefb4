package io.soundport.domain.notifications;

/** Which notifications a list shows: of one status, of one channel, or both; null leaves it open. */
public record NotificationFilter(NotificationStatus status, Channel channel) {
    public static final NotificationFilter ALL = new NotificationFilter(null, null);

    public boolean matches(Notification notification) {
        return (status == null || notification.status() == status)
                && (channel == null || notification.recipient().channel() == channel);
    }
}
