package io.soundport.domain.notifications;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a notification template ({@code ntt_…}). */
public record NotificationTemplateId(String value) {
    public static final String PREFIX = "ntt";

    public NotificationTemplateId {
        Ids.check(value, PREFIX);
    }

    public static NotificationTemplateId of(String value) {
        return new NotificationTemplateId(value);
    }

    public static NotificationTemplateId generate(IdGenerator ids) {
        return new NotificationTemplateId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
