package io.soundport.domain.identity;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a refresh token (`rtk_…`). */
public record RefreshTokenId(String value) {
    public static final String PREFIX = "rtk";

    public RefreshTokenId {
        Ids.check(value, PREFIX);
    }

    public static RefreshTokenId of(String value) {
        return new RefreshTokenId(value);
    }

    public static RefreshTokenId generate(IdGenerator ids) {
        return new RefreshTokenId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
