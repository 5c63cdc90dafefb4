package io.soundport.application.identity;

import io.soundport.domain.identity.ApiKey;

/** A key just created: {@code plaintext} is shown this once and never again. */
public record IssuedApiKey(ApiKey key, String plaintext) {
    @Override
    public String toString() {
        return "IssuedApiKey[" + key + "]";
    }
}
