package io.soundport.application.platform;

import io.soundport.application.shared.BoundedCache;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.User;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.identity.Users;
import io.soundport.domain.port.Clock;
import io.soundport.domain.shared.DomainException;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people who run the platform itself (every organization, the upstream services): signed-in users whose
 * verified e-mail address is on the configured list. An API key is never an operator, and neither is an account
 * whose address is on the list but not verified (else whoever registered that address first would be one).
 */
public final class PlatformOperators {
    private final Set<Email> emails;
    private final Users users;
    private final BoundedCache<UserId, User> usersById;

    public PlatformOperators(Collection<Email> emails, Users users, Clock clock) {
        this.emails = Set.copyOf(emails);
        this.users = Objects.requireNonNull(users, "users");
        this.usersById = new BoundedCache<>(Duration.ofSeconds(5), 1_000, clock);
    }

    /** Parses a comma-separated list of e-mail addresses (blank entries ignored); a malformed one is an error. */
    public static Set<Email> parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Email::of)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isOperator(Caller caller) {
        if (caller == null || !caller.isUser() || emails.isEmpty()) {
            return false;
        }
        Optional<User> user = usersById.get(caller.userId(), users::find);
        return user.filter(User::emailVerified).map(u -> emails.contains(u.email())).orElse(false);
    }

    /** Throws AUTHORIZATION_ERROR unless the caller is a platform operator. */
    public void require(Caller caller) {
        if (!isOperator(caller)) {
            throw DomainException.forbidden("This needs a platform operator");
        }
    }
}
