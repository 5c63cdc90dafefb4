package io.soundport.application.platform;

import io.soundport.domain.identity.Caller;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.StoredText;

import java.util.Objects;

/**
 * A command made under an idempotency key: whose key it is ({@code scope}, one per caller), the key, and the
 * fingerprint of what was asked, so that the same key asking for something else is recognised.
 */
public record IdempotentCall(String scope, String key, String fingerprint) {
    public static final int MAX_KEY_LENGTH = 255;
    /** The field a key that is blank or too long is reported under. */
    public static final String KEY_FIELD = "idempotencyKey";

    public IdempotentCall {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw DomainException.invalid(KEY_FIELD, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        StoredText.check(key, KEY_FIELD, false);
    }

    /** A key of this caller's own: the same key used by another caller is another key. */
    public static IdempotentCall of(Caller caller, String key, String fingerprint) {
        return new IdempotentCall(caller.key(), key, fingerprint);
    }
}
