package io.soundport.application.identity;

import io.soundport.domain.shared.DomainException;

/** Confirms an e-mail address with the token mailed to it. */
public record VerifyEmailCommand(String token) {
    private static final int MAX_LENGTH = 200;

    public VerifyEmailCommand {
        if (token == null || token.isBlank()) {
            throw DomainException.invalid("token", "is required");
        }
        if (token.length() > MAX_LENGTH) {
            throw DomainException.invalid("token", EmailVerificationService.UNKNOWN_TOKEN);
        }
    }

    public static VerifyEmailCommand of(String token) {
        return new VerifyEmailCommand(token == null ? null : token.strip());
    }

    @Override
    public String toString() {
        return "VerifyEmailCommand[token hidden]";
    }
}
