package io.soundport.application.identity;

import io.soundport.application.shared.Secrets;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.RateLimitStore;
import io.soundport.domain.port.RateLimitStore.WindowCounts;
import io.soundport.domain.shared.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Slows down guessing, on counters every instance shares ({@link RateLimitStore}, sliding windows):
 * <ul>
 *   <li>sign-in: after {@code maxLoginFailures} wrong passwords for one e-mail address from one client address
 *       within {@code loginWindow}, every attempt for that pair is refused until the window slides past them, the
 *       right password included; the same whether or not the address has an account;</li>
 *   <li>registration, token refresh, e-mail verification and API-key verification: at most so many attempts per
 *       client address per hour, each.</li>
 * </ul>
 * Refusals are {@code RATE_LIMIT_EXCEEDED} with the wait after which an attempt may pass. Counter keys hold a hash of
 * the e-mail address, never the address.
 */
public final class AuthThrottle {
    private static final Duration HOUR = Duration.ofHours(1);

    /** What is limited per client address and hour. */
    public enum Attempt {
        REGISTRATION("register"), REFRESH("refresh"), EMAIL_VERIFICATION("verify-email"),
        KEY_VERIFICATION("verify-key");

        private final String key;

        Attempt(String key) {
            this.key = key;
        }
    }

    /**
     * The limits.
     *
     * @param maxLoginFailures      wrong passwords per e-mail and client address before sign-in is refused
     * @param loginWindow           the sliding window those failures count in
     * @param registrationsPerHour  registrations per client address and hour
     * @param refreshesPerHour      token refreshes per client address and hour
     * @param verificationsPerHour  e-mail verification requests and link openings per client address and hour
     * @param keyChecksPerHour      API-key verifications per client address and hour
     */
    public record Settings(int maxLoginFailures, Duration loginWindow, int registrationsPerHour, int refreshesPerHour,
                           int verificationsPerHour, int keyChecksPerHour) {
        public static final Settings DEFAULTS = new Settings(5, Duration.ofMinutes(15), 20, 600, 60, 3_600);

        public Settings {
            if (maxLoginFailures < 1 || registrationsPerHour < 1 || refreshesPerHour < 1 || verificationsPerHour < 1
                    || keyChecksPerHour < 1) {
                throw new IllegalArgumentException("every auth limit must be at least 1");
            }
            if (loginWindow == null || loginWindow.toSeconds() < 1) {
                throw new IllegalArgumentException("the login window must be at least a second");
            }
        }

        int perHour(Attempt attempt) {
            return switch (attempt) {
                case REGISTRATION -> registrationsPerHour;
                case REFRESH -> refreshesPerHour;
                case EMAIL_VERIFICATION -> verificationsPerHour;
                case KEY_VERIFICATION -> keyChecksPerHour;
            };
        }
    }

    private final RateLimitStore store;
    private final Clock clock;
    private final Settings settings;

    public AuthThrottle(RateLimitStore store, Clock clock, Settings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Refuses a sign-in for this pair while it has failed too often. */
    public void checkLogin(String email, String clientAddress) {
        Instant now = clock.now();
        Duration window = settings.loginWindow();
        Instant start = RateLimitStore.windowStart(now, window);
        WindowCounts counts = store.peek(loginKey(email, clientAddress), start, window);
        if (counts.estimate(start, window, now) >= settings.maxLoginFailures()) {
            throw DomainException.rateLimited("Too many failed sign-ins for this address; try again later",
                    counts.waitUntilBelow(settings.maxLoginFailures(), start, window, now));
        }
    }

    /** Counts a wrong password (or an unknown address) for this pair. */
    public void loginFailed(String email, String clientAddress) {
        Instant now = clock.now();
        Duration window = settings.loginWindow();
        store.add(loginKey(email, clientAddress), RateLimitStore.windowStart(now, window), window, 1);
    }

    /** Forgets the failures of this pair: the password was right. */
    public void loginSucceeded(String email, String clientAddress) {
        store.clear(loginKey(email, clientAddress));
    }

    /** Counts one attempt from this client address and refuses it when the hour's limit is passed. */
    public void admit(Attempt attempt, String clientAddress) {
        Instant now = clock.now();
        Instant start = RateLimitStore.windowStart(now, HOUR);
        WindowCounts counts = store.add("auth:" + attempt.key + ":" + address(clientAddress), start, HOUR, 1);
        int limit = settings.perHour(attempt);
        if (counts.estimate(start, HOUR, now) > limit) {
            // this attempt counted; the next one passes once the count without it is below the limit again
            throw DomainException.rateLimited("Too many requests of this kind from your address; try again later",
                    counts.waitUntilBelow(limit, start, HOUR, now));
        }
    }

    private static String loginKey(String email, String clientAddress) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return "auth:login:" + Secrets.sha256Hex(normalized + "\n" + address(clientAddress));
    }

    private static String address(String clientAddress) {
        return clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
    }
}
