package io.soundport.application.identity;

import io.soundport.application.notifications.NotificationQueue;
import io.soundport.application.shared.Secrets;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.EmailVerificationToken;
import io.soundport.domain.identity.EmailVerificationTokens;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.User;
import io.soundport.domain.identity.Users;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;

import java.time.Instant;
import java.util.Objects;

/**
 * Proving that a user reads the mailbox of their address: a random single-use token (256 bits, stored only as its
 * SHA-256, expiring) is mailed as a link through the {@link NotificationQueue}, in the unit of work that issues it,
 * as a confidential notification whose body the organization never sees;
 * presenting it marks the address verified. A verified address is what lets a user into an organization that invited it.
 */
public final class EmailVerificationService {
    static final String UNKNOWN_TOKEN = "is not a verification token we sent; ask for a new verification mail";
    private static final String USED_TOKEN = "was used already; ask for a new verification mail if your address is "
            + "still not verified";
    private static final String SUBJECT = "Confirm your e-mail address for Soundport";

    private final TransactionRunner tx;
    private final Users users;
    private final EmailVerificationTokens tokens;
    private final NotificationQueue mail;
    private final EmailVerificationSettings settings;
    private final Clock clock;

    public EmailVerificationService(TransactionRunner tx, Users users, EmailVerificationTokens tokens,
                                    NotificationQueue mail, EmailVerificationSettings settings, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.users = Objects.requireNonNull(users, "users");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Mails the signed-in caller a new verification link, unless their address is verified already or a link went
     * out less than the resend interval ago; either way the answer is the caller as they are now.
     */
    public User request(Caller caller) {
        User user = users.find(caller.requireUser()).orElseThrow(() -> DomainException.unauthenticated("Unknown user"));
        if (!user.emailVerified() && !sentRecently(user)) {
            tx.run(() -> send(user, caller.organizationId()));
        }
        return user;
    }

    /** Marks the address of the token's user verified and uses the token up; a VALIDATION_ERROR on the token else. */
    public User confirm(VerifyEmailCommand command) {
        String hash = Secrets.sha256Hex(command.token());
        Instant now = clock.now();
        EmailVerificationToken token = tokens.findByHash(hash)
                .orElseThrow(() -> DomainException.invalid("token", UNKNOWN_TOKEN));
        if (token.used()) {
            throw DomainException.invalid("token", USED_TOKEN);
        }
        if (token.expiredAt(now)) {
            throw DomainException.invalid("token", "expired at " + token.expiresAt()
                    + "; ask for a new verification mail");
        }
        return tx.inTransaction(() -> {
            if (!tokens.markUsed(hash, now)) {
                throw DomainException.invalid("token", USED_TOKEN);
            }
            User user = users.find(token.userId())
                    .filter(u -> u.email().equals(token.email()) && u.canLogIn())
                    .orElseThrow(() -> DomainException.invalid("token", UNKNOWN_TOKEN));
            return user.emailVerified() ? user : users.update(user.verifyEmail(now));
        });
    }

    /**
     * Issues a new link and queues the mail that carries it, as a notification of {@code organizationId}. Call it
     * inside the unit of work that creates the user or asks for the link: the mail goes out once that commits, and a
     * rolled-back sign-up mails no one. The user asked for it, so the organization's opt-out list does not apply.
     */
    void send(User user, OrganizationId organizationId) {
        String token = Secrets.random("spv_", 43);
        Instant now = clock.now();
        Instant expiresAt = now.plus(settings.lifetime());
        tokens.add(EmailVerificationToken.issue(Secrets.sha256Hex(token), user, now, expiresAt));
        mail.queueRequested(organizationId, Recipient.of(Channel.EMAIL, user.email().value(), "email"),
                Notification.Text.confidential(SUBJECT, body(user, token, expiresAt)));
    }

    private boolean sentRecently(User user) {
        Instant now = clock.now();
        return tokens.lastIssuedAt(user.id()).filter(at -> now.isBefore(at.plus(settings.resendInterval()))).isPresent();
    }

    private String body(User user, String token, Instant expiresAt) {
        return "Hello " + user.name() + ",\n\n"
                + "please confirm that " + user.email().value() + " is your address by opening this link before "
                + expiresAt + ":\n\n"
                + settings.link(token) + "\n\n"
                + "Until you do, invitations to this address cannot be taken up. If you did not sign up for Soundport, "
                + "ignore this message.\n";
    }
}
