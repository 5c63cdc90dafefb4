package io.soundport.domain.shared;

import java.util.regex.Pattern;

/**
 * A DDEX Party ID (DPID), as DDEX issues them and ERN messages name their sender and recipient by:
 * {@code PADPIDA} followed by letters and digits ({@code PADPIDA2014120301A}), at most 64 characters. Kept as given.
 */
public record DdexPartyId(String value) {
    private static final Pattern DPID = Pattern.compile("^PADPIDA[a-zA-Z0-9]+$");

    public DdexPartyId {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("dpid", "must not be blank");
        }
        if (value.length() > 64 || !DPID.matcher(value).matches()) {
            throw DomainException.invalid("dpid",
                    "must be a DDEX Party ID: PADPIDA followed by letters and digits (for example PADPIDA2014120301A)");
        }
    }

    public static DdexPartyId of(String value) {
        return new DdexPartyId(value);
    }

    /** Null for null, otherwise {@link #of}. */
    public static DdexPartyId ofNullable(String value) {
        return value == null ? null : new DdexPartyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
