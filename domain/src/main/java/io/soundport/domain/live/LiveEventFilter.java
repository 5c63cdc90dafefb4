package io.soundport.domain.live;

import java.time.Instant;

/**
 * Which live events a list shows: of one status, with a date in {@code [from, to)}; a null part leaves it open.
 */
public record LiveEventFilter(LiveEventStatus status, Instant from, Instant to) {
    public static final LiveEventFilter ALL = new LiveEventFilter(null, null, null);

    public boolean matches(LiveEvent event) {
        Instant at = event.date().toInstant();
        return (status == null || event.status() == status)
                && (from == null || !at.isBefore(from))
                && (to == null || at.isBefore(to));
    }
}
