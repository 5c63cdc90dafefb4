package io.soundport.application.identity;

import io.soundport.application.shared.Secrets;
import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Membership;
import io.soundport.domain.identity.Memberships;
import io.soundport.domain.identity.PasswordHasher;
import io.soundport.domain.identity.User;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.identity.Users;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.DomainException;

import java.time.Instant;
import java.util.Optional;

/**
 * The people who can sign in, their passwords and their addresses: who signs up (or takes up an invitation), whose
 * password matches, who is mailed a verification link. {@link AuthService} opens their sessions.
 */
public final class Accounts {
    private final Users users;
    private final Memberships memberships;
    private final PasswordHasher passwords;
    private final EmailVerificationService verification;
    private final IdGenerator ids;
    private final String decoyHash;

    public Accounts(Users users, Memberships memberships, PasswordHasher passwords,
                    EmailVerificationService verification, IdGenerator ids) {
        this.users = users;
        this.memberships = memberships;
        this.passwords = passwords;
        this.verification = verification;
        this.ids = ids;
        // checked against when the e-mail is unknown, so that a wrong e-mail costs as long as a wrong password
        this.decoyHash = passwords.hash(Secrets.randomUrlSafe(16));
    }

    /** Slow on purpose (bcrypt): call it outside a transaction. */
    String hashPassword(String password) {
        return passwords.hash(password);
    }

    /** Creates the user of a sign-up, or activates the invited one with that e-mail; a CONFLICT when one can log in. */
    User signUp(RegisterCommand command, String passwordHash, Instant now) {
        Optional<User> existing = users.findByEmail(command.email());
        if (existing.isPresent() && existing.get().canLogIn()) {
            throw DomainException.conflict("An account with this e-mail already exists", "email");
        }
        if (existing.isPresent()) {
            // the invitations that made this account: each waits for the verified address, even one stored unmarked
            for (Membership invitation : memberships.ofUser(existing.get().id())) {
                if (!invitation.byInvitation()) {
                    memberships.update(invitation.asInvitation(now));
                }
            }
            return users.update(existing.get().activate(command.name(), passwordHash, now));
        }
        User user = new User(UserId.generate(ids), command.email(), command.name(), passwordHash, false, now, now, 1);
        users.add(user);
        return user;
    }

    /** The user whose e-mail and password these are; empty for a wrong password, an unknown or malformed e-mail alike. */
    Optional<User> withPassword(String email, String password) {
        Optional<User> user = parseEmail(email).flatMap(users::findByEmail).filter(User::canLogIn);
        boolean matches = passwords.matches(password, user.map(User::passwordHash).orElse(decoyHash));
        return matches ? user : Optional.empty();
    }

    /** Queues the mail with a link that verifies the user's address, in the sign-up's unit of work. */
    void sendVerification(User user, OrganizationId organizationId) {
        verification.send(user, organizationId);
    }

    Optional<User> find(UserId id) {
        return users.find(id);
    }

    private static Optional<Email> parseEmail(String raw) {
        try {
            return Optional.of(Email.of(raw));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
