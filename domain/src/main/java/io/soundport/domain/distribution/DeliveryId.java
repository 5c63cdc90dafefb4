package io.soundport.domain.distribution;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a delivery of a release to a partner (`dlv_…`). */
public record DeliveryId(String value) {
    public static final String PREFIX = "dlv";

    public DeliveryId {
        Ids.check(value, PREFIX);
    }

    public static DeliveryId of(String value) {
        return new DeliveryId(value);
    }

    public static DeliveryId generate(IdGenerator ids) {
        return new DeliveryId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
