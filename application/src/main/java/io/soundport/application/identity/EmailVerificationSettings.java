package io.soundport.application.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * How e-mail verification behaves: how long a mailed link stays valid, how soon a user may ask for another one
 * (asking sooner answers the same but sends nothing), and the link itself, where {@value #TOKEN} stands for the token.
 */
public record EmailVerificationSettings(Duration lifetime, Duration resendInterval, String linkTemplate) {
    public static final String TOKEN = "{token}";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);
    public static final Duration DEFAULT_RESEND_INTERVAL = Duration.ofMinutes(1);

    public EmailVerificationSettings {
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(resendInterval, "resendInterval");
        Objects.requireNonNull(linkTemplate, "linkTemplate");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("The lifetime of a verification link must be positive: " + lifetime);
        }
        if (resendInterval.isNegative()) {
            throw new IllegalArgumentException("The resend interval must not be negative: " + resendInterval);
        }
        if (!linkTemplate.contains(TOKEN)) {
            throw new IllegalArgumentException("The verification link must contain " + TOKEN + ": " + linkTemplate);
        }
    }

    /** The link that confirms the address with this token. */
    String link(String token) {
        return linkTemplate.replace(TOKEN, token);
    }
}
