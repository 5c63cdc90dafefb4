package io.soundport.application.identity;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

/** Trades a refresh token for a new session of the same sign-in. The token never shows in {@link #toString}. */
public record RefreshTokensCommand(String refreshToken) {
    public RefreshTokensCommand {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw DomainException.invalid("refreshToken", "must not be blank");
        }
    }

    public static RefreshTokensCommand of(String refreshToken) {
        Validation v = new Validation();
        v.require(refreshToken != null && !refreshToken.isBlank(), "refreshToken", "must not be blank");
        v.throwIfInvalid();
        return new RefreshTokensCommand(refreshToken);
    }

    @Override
    public String toString() {
        return "RefreshTokensCommand[…]";
    }
}
