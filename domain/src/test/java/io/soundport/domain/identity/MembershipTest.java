package io.soundport.domain.identity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipTest {
    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final OrganizationId ORG = OrganizationId.of("org_1");
    private static final UserId USER = UserId.of("usr_1");

    private static User user(String passwordHash, boolean verified) {
        return new User(USER, Email.of("ada@example.com"), "Ada", passwordHash, verified, NOW, NOW, 1);
    }

    @Test
    void an_invitation_admits_its_user_only_once_they_can_log_in_and_their_address_is_verified() {
        Membership invitation = Membership.invitation(ORG, USER, Role.ADMIN, NOW);

        assertThat(invitation.admits(user(null, false))).isFalse();
        assertThat(invitation.admits(user("$2a$10$hash", false))).isFalse();
        assertThat(invitation.admits(user("$2a$10$hash", true))).isTrue();
    }

    @Test
    void a_membership_taken_by_oneself_admits_a_user_whose_address_is_not_verified() {
        Membership own = new Membership(ORG, USER, Role.OWNER, NOW, NOW, 1);

        assertThat(own.byInvitation()).isFalse();
        assertThat(own.admits(user("$2a$10$hash", false))).isTrue();
    }

    @Test
    void an_invitation_stays_one_through_a_change_of_role_and_a_new_version() {
        Membership changed = Membership.invitation(ORG, USER, Role.VIEWER, NOW).withRole(Role.MEMBER, NOW)
                .nextVersion();

        assertThat(changed.byInvitation()).isTrue();
        assertThat(changed.role()).isEqualTo(Role.MEMBER);
        assertThat(changed.version()).isEqualTo(2);
    }

    @Test
    void is_checked_against_its_own_user_only() {
        Membership invitation = Membership.invitation(ORG, USER, Role.ADMIN, NOW);
        User someoneElse = new User(UserId.of("usr_2"), Email.of("bob@example.com"), "Bob", "$2a$10$h", true, NOW,
                NOW, 1);

        assertThatThrownBy(() -> invitation.admits(someoneElse)).isInstanceOf(IllegalArgumentException.class);
    }
}
