package io.soundport.application.identity;

import io.soundport.application.notifications.NotificationQueue;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.User;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.Recipient;

import java.util.Locale;
import java.util.Objects;

/**
 * The mail that tells an invited person about their invitation, queued as a notification of the inviting
 * organization in the unit of work that invites them. It says what to do next: sign up with that address, or, with an
 * account already, verify the address; the invitation counts once the address is verified. A recipient on the
 * organization's opt-out list is sent nothing; the invitation stands all the same.
 */
public final class InvitationMails {
    private final NotificationQueue queue;
    private final String signUpUrl;

    /** {@code signUpUrl}: where the API's sign-up is ({@code https://api.example.com/api/v1/auth/register}). */
    public InvitationMails(NotificationQueue queue, String signUpUrl) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.signUpUrl = Objects.requireNonNull(signUpUrl, "signUpUrl");
    }

    void queue(Organization organization, User invitee, Role role) {
        String roleName = role.name().toLowerCase(Locale.ROOT);
        String body = "Hello " + invitee.name() + ",\n\n"
                + organization.name() + " invited you to join it on Soundport as " + article(roleName) + " "
                + roleName + ".\n\n"
                + nextStep(invitee)
                + "\nIf you did not expect this invitation, ignore this message.\n";
        queue.queueUnlessOptedOut(organization.id(), Recipient.of(Channel.EMAIL, invitee.email().value(), "email"),
                new Notification.Text("You are invited to " + organization.name() + " on Soundport", body, null));
    }

    private String nextStep(User invitee) {
        if (!invitee.canLogIn()) {
            return "To accept, sign up with this address at " + signUpUrl + " and verify it with the link we then"
                    + " send you.\n";
        }
        return invitee.emailVerified() ? "Sign in with this address and choose the organization.\n"
                : "Verify this address with the link we sent you (or ask for a new one), then sign in and choose the"
                + " organization.\n";
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
