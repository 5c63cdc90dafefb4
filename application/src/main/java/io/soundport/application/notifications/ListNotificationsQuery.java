package io.soundport.application.notifications;

import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationFilter;
import io.soundport.domain.notifications.NotificationStatus;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;

import java.util.Locale;
import java.util.Objects;

/** One page of notifications, newest first, optionally of one status and one channel (null: any). */
public record ListNotificationsQuery(NotificationStatus status, Channel channel, PageRequest page) {
    public ListNotificationsQuery {
        Objects.requireNonNull(page, "page");
    }

    /** The filters as given (null or blank: no filter) and the page's limit and cursor (null: the defaults). */
    public static ListNotificationsQuery of(String status, String channel, Integer limit, String cursor) {
        Validation v = new Validation();
        NotificationStatus s = blank(status) ? null : v.field("status", () -> status(status));
        Channel c = blank(channel) ? null : v.field("channel", () -> Channel.parse(channel, "channel"));
        PageRequest page = v.nested("", () -> PageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return new ListNotificationsQuery(s, c, page);
    }

    public NotificationFilter filter() {
        return new NotificationFilter(status, channel);
    }

    private static NotificationStatus status(String value) {
        try {
            return NotificationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("status", "must be queued, sent or failed");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
