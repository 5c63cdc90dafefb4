package io.soundport.application.notifications;

import io.soundport.domain.notifications.Channel;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/** One page of the opt-out list, newest first, optionally of one channel (null: every channel). */
public record ListOptOutsQuery(Channel channel, PageRequest page) {
    public ListOptOutsQuery {
        Objects.requireNonNull(page, "page");
    }

    /** The channel as given (null or blank: every channel) and the page's limit and cursor (null: the defaults). */
    public static ListOptOutsQuery of(String channel, Integer limit, String cursor) {
        Validation v = new Validation();
        Channel c = channel == null || channel.isBlank() ? null
                : v.field("channel", () -> Channel.parse(channel, "channel"));
        PageRequest page = v.nested("", () -> PageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return new ListOptOutsQuery(c, page);
    }
}
