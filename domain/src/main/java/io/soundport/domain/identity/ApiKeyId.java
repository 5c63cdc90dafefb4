package io.soundport.domain.identity;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of an API key (`key_…`). */
public record ApiKeyId(String value) {
    public static final String PREFIX = "key";

    public ApiKeyId {
        Ids.check(value, PREFIX);
    }

    public static ApiKeyId of(String value) {
        return new ApiKeyId(value);
    }

    public static ApiKeyId generate(IdGenerator ids) {
        return new ApiKeyId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
