package io.soundport.domain.notifications;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a notification ({@code ntf_…}). */
public record NotificationId(String value) {
    public static final String PREFIX = "ntf";

    public NotificationId {
        Ids.check(value, PREFIX);
    }

    public static NotificationId of(String value) {
        return new NotificationId(value);
    }

    public static NotificationId generate(IdGenerator ids) {
        return new NotificationId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
