package io.soundport.domain.platform;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of an audit entry (`aud_…`). */
public record AuditEntryId(String value) {
    public static final String PREFIX = "aud";

    public AuditEntryId {
        Ids.check(value, PREFIX);
    }

    public static AuditEntryId of(String value) {
        return new AuditEntryId(value);
    }

    public static AuditEntryId generate(IdGenerator ids) {
        return new AuditEntryId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
