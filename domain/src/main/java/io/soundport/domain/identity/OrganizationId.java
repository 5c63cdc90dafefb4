package io.soundport.domain.identity;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of an organization (a tenant) (`org_…`). */
public record OrganizationId(String value) {
    public static final String PREFIX = "org";

    public OrganizationId {
        Ids.check(value, PREFIX);
    }

    public static OrganizationId of(String value) {
        return new OrganizationId(value);
    }

    public static OrganizationId generate(IdGenerator ids) {
        return new OrganizationId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
