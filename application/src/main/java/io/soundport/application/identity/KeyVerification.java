package io.soundport.application.identity;

import io.soundport.domain.identity.ApiKey;

import java.util.Optional;

/** Whether a key is valid now, and for whom; never why it is not. */
public record KeyVerification(Optional<ApiKey> key) {
    public boolean valid() {
        return key.isPresent();
    }
}
