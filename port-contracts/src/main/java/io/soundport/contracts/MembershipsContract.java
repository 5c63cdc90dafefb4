package io.soundport.contracts;

import io.soundport.domain.identity.Membership;
import io.soundport.domain.identity.Memberships;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.User;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Memberships} must do. */
public abstract class MembershipsContract {

    protected abstract PersistencePorts ports();

    private Memberships memberships() {
        return ports().memberships();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private User newUser() {
        User user = Fixtures.user();
        ports().users().add(user);
        return user;
    }

    @Test
    void finds_an_added_membership_with_every_field() {
        Organization org = newOrganization();
        User user = newUser();
        Membership membership = Fixtures.membership(org, user, Role.ADMIN);
        memberships().add(membership);

        assertThat(memberships().find(org.id(), user.id())).contains(membership);
    }

    @Test
    void keeps_an_invitation_an_invitation_through_a_change_of_role() {
        Organization org = newOrganization();
        User user = newUser();
        Membership invitation = Membership.invitation(org.id(), user.id(), Role.VIEWER, Fixtures.instant());
        memberships().add(invitation);

        assertThat(memberships().find(org.id(), user.id())).contains(invitation);
        Membership changed = memberships().update(invitation.withRole(Role.ADMIN, Fixtures.instant()));

        assertThat(changed.byInvitation()).isTrue();
        assertThat(memberships().find(org.id(), user.id())).contains(changed);
        assertThat(memberships().ofUser(user.id())).containsExactly(changed);
    }

    @Test
    void finds_nothing_in_an_organization_the_user_does_not_belong_to() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        User user = newUser();
        memberships().add(Fixtures.membership(org, user, Role.MEMBER));

        assertThat(memberships().find(other.id(), user.id())).isEmpty();
    }

    @Test
    void rejects_the_same_membership_twice() {
        Organization org = newOrganization();
        User user = newUser();
        memberships().add(Fixtures.membership(org, user, Role.OWNER));

        Expect.domainError(ErrorCode.CONFLICT, () -> memberships().add(Fixtures.membership(org, user, Role.VIEWER)));
        assertThat(memberships().find(org.id(), user.id())).get().extracting(Membership::role).isEqualTo(Role.OWNER);
    }

    @Test
    void lists_the_organizations_of_a_user_oldest_first() {
        User user = newUser();
        List<Membership> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Membership membership = Fixtures.membership(newOrganization(), user, Role.values()[i]);
            memberships().add(membership);
            added.add(membership);
        }

        assertThat(memberships().ofUser(user.id())).containsExactlyElementsOf(added);
        assertThat(memberships().ofUser(newUser().id())).isEmpty();
    }

    @Test
    void lists_the_members_of_an_organization_newest_first_across_pages() {
        Organization org = newOrganization();
        List<Membership> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Membership membership = Fixtures.membership(org, newUser(), Role.MEMBER);
            memberships().add(membership);
            added.add(membership);
        }
        Organization other = newOrganization();
        memberships().add(Fixtures.membership(other, newUser(), Role.MEMBER));

        List<Membership> listed = Paging.walk(2, page -> memberships().ofOrganization(org.id(), page));

        Collections.reverse(added);
        assertThat(listed).containsExactlyElementsOf(added);
    }

    @Test
    void update_stores_the_new_role_and_returns_the_next_version() {
        Organization org = newOrganization();
        User user = newUser();
        Membership membership = Fixtures.membership(org, user, Role.VIEWER);
        memberships().add(membership);

        Membership updated = memberships().update(membership.withRole(Role.ADMIN, Fixtures.instant()));

        assertThat(updated.version()).isEqualTo(membership.version() + 1);
        assertThat(updated.role()).isEqualTo(Role.ADMIN);
        assertThat(memberships().find(org.id(), user.id())).contains(updated);
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        Organization org = newOrganization();
        User user = newUser();
        Membership membership = Fixtures.membership(org, user, Role.VIEWER);
        memberships().add(membership);
        memberships().update(membership.withRole(Role.MEMBER, Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED,
                () -> memberships().update(membership.withRole(Role.OWNER, Fixtures.instant())));
        assertThat(memberships().find(org.id(), user.id())).get().extracting(Membership::role)
                .isEqualTo(Role.MEMBER);
    }

    @Test
    void rejects_an_update_of_a_membership_that_does_not_exist() {
        Organization org = newOrganization();
        User user = newUser();

        Expect.domainError(ErrorCode.NOT_FOUND,
                () -> memberships().update(Fixtures.membership(org, user, Role.ADMIN)));
    }

    @Test
    void remove_returns_true_once_then_false() {
        Organization org = newOrganization();
        User user = newUser();
        memberships().add(Fixtures.membership(org, user, Role.MEMBER));

        assertThat(memberships().remove(org.id(), user.id())).isTrue();
        assertThat(memberships().remove(org.id(), user.id())).isFalse();
        assertThat(memberships().find(org.id(), user.id())).isEmpty();
    }

    @Test
    void counts_the_members_with_a_role_in_one_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        memberships().add(Fixtures.membership(org, newUser(), Role.OWNER));
        memberships().add(Fixtures.membership(org, newUser(), Role.OWNER));
        memberships().add(Fixtures.membership(org, newUser(), Role.VIEWER));
        memberships().add(Fixtures.membership(other, newUser(), Role.OWNER));

        assertThat(memberships().countWithRole(org.id(), Role.OWNER)).isEqualTo(2);
        assertThat(memberships().countWithRole(org.id(), Role.VIEWER)).isEqualTo(1);
        assertThat(memberships().countWithRole(org.id(), Role.ADMIN)).isZero();
    }
}
