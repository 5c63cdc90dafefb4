package io.soundport.domain.distribution;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a delivery partner (a DSP) (`ptn_…`). */
public record PartnerId(String value) {
    public static final String PREFIX = "ptn";

    public PartnerId {
        Ids.check(value, PREFIX);
    }

    public static PartnerId of(String value) {
        return new PartnerId(value);
    }

    public static PartnerId generate(IdGenerator ids) {
        return new PartnerId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
