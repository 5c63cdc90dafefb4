package io.soundport.application.integrations;

import io.soundport.domain.integrations.Provider;
import io.soundport.domain.shared.DomainException;

import java.util.Objects;

/**
 * What a provider's redirect brought back to {@code /auth/<provider>/callback}: the {@code state} the flow began
 * with, and either the {@code code} to exchange or the provider's {@code error} (the user declined, say). Neither
 * value is trusted: the state must match an authorization under way, and the code goes only to the provider.
 */
public record CallbackCommand(Provider provider, String state, String code, String error) {
    private static final int MAX_LENGTH = 2048;

    public CallbackCommand {
        Objects.requireNonNull(provider, "provider");
        if (state == null || state.isBlank()) {
            throw DomainException.invalid("state", "is required: the provider sends it back with the code");
        }
        if (state.length() > MAX_LENGTH) {
            throw DomainException.invalid("state", "is not one Soundport issued");
        }
        if (error == null && (code == null || code.isBlank())) {
            throw DomainException.invalid("code", "is required when the provider reports no error");
        }
        if (code != null && code.length() > MAX_LENGTH) {
            throw DomainException.invalid("code", "is longer than " + MAX_LENGTH + " characters");
        }
        if (error != null && error.length() > 200) {
            error = error.substring(0, 200);
        }
    }
}
