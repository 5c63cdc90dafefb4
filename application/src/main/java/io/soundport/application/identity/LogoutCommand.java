package io.soundport.application.identity;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

/** Signs out the sign-in a refresh token belongs to. The token never shows in {@link #toString}. */
public record LogoutCommand(String refreshToken) {
    public LogoutCommand {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw DomainException.invalid("refreshToken", "must not be blank");
        }
    }

    public static LogoutCommand of(String refreshToken) {
        Validation v = new Validation();
        v.require(refreshToken != null && !refreshToken.isBlank(), "refreshToken", "must not be blank");
        v.throwIfInvalid();
        return new LogoutCommand(refreshToken);
    }

    @Override
    public String toString() {
        return "LogoutCommand[…]";
    }
}
