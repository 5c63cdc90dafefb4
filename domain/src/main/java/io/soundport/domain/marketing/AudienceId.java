package io.soundport.domain.marketing;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/**
 * Id of an audience of the marketing context (`aun_…`), custom or lookalike; Meta's own id of an audience is
 * {@link io.soundport.domain.integrations.ads.AudienceId}.
 */
public record AudienceId(String value) {
    public static final String PREFIX = "aun";

    public AudienceId {
        Ids.check(value, PREFIX);
    }

    public static AudienceId of(String value) {
        return new AudienceId(value);
    }

    public static AudienceId generate(IdGenerator ids) {
        return new AudienceId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
