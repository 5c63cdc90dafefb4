package io.soundport.application.identity;

import io.soundport.domain.identity.Origin;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.Membership;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.User;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class OrganizationServiceTest {
    private static final String PASSWORD = "correct horse battery";

    private final Core core = new Core();
    private final OrganizationService organizations = core.organizations();
    private AuthSession ownerSession;
    private Caller owner;

    @BeforeEach
    void an_owner_registered() {
        ownerSession = core.auth().register(RegisterCommand.of("owner@example.com", PASSWORD, "Olive", "Label"), Origin.UNKNOWN);
        owner = Caller.member(ownerSession.organization().id(), ownerSession.user().id(), Role.OWNER);
    }

    private Member invite(Caller by, String email, Role role) {
        return organizations.invite(by, InviteMemberCommand.of(email, role.name(), null));
    }

    private Member changeRole(Caller by, UserId userId, Role role, Long expectedVersion) {
        return organizations.changeRole(by, new ChangeMemberRoleCommand(userId, role, expectedVersion));
    }

    private Caller asCaller(Member member) {
        return Caller.member(member.membership().organizationId(), member.user().id(), member.membership().role());
    }

    @Test
    void the_owner_sets_the_ddex_party_id_and_party_name_which_defaults_to_the_organization_s_name() {
        Organization before = organizations.get(owner);
        assertThat(before.dpid()).isNull();
        assertThat(before.ddexPartyName()).isEqualTo("Label");

        Organization set = organizations.update(owner, UpdateOrganizationCommand.of("PADPIDA2014120301A",
                "Label Music Ltd", before.version()));
        assertThat(set.dpid()).isEqualTo(io.soundport.domain.shared.DdexPartyId.of("PADPIDA2014120301A"));
        assertThat(set.ddexPartyName()).isEqualTo("Label Music Ltd");
        assertThat(organizations.get(owner)).isEqualTo(set);

        Organization renamedBack = organizations.update(owner, UpdateOrganizationCommand.of(null, "", null));
        assertThat(renamedBack.dpid()).isEqualTo(set.dpid());
        assertThat(renamedBack.ddexPartyName()).isEqualTo("Label");
    }

    @Test
    void a_bad_ddex_party_id_a_stale_version_or_a_caller_below_owner_changes_nothing() {
        Organization before = organizations.get(owner);
        DomainException bad = assertRejected(() -> organizations.update(owner,
                UpdateOrganizationCommand.of("DPID-123", "\u0000", null)), ErrorCode.VALIDATION_ERROR);
        assertThat(bad.details()).extracting(d -> d.field()).containsExactlyInAnyOrder("dpid", "partyName");
        assertRejected(() -> organizations.update(owner, UpdateOrganizationCommand.of("PADPIDA2014120301A", null,
                before.version() + 7)), ErrorCode.PRECONDITION_FAILED);
        Caller admin = Caller.member(owner.organizationId(), owner.userId(), Role.ADMIN);
        assertRejected(() -> organizations.update(admin, UpdateOrganizationCommand.of("PADPIDA2014120301A", null,
                null)), ErrorCode.AUTHORIZATION_ERROR);
        assertThat(organizations.get(owner)).isEqualTo(before);
    }

    @Test
    void inviting_someone_new_creates_a_user_who_cannot_log_in_yet() {
        Member invited = invite(owner, "Guest@Example.com", Role.MEMBER);

        User user = core.store.users().findByEmail(Email.of("guest@example.com")).orElseThrow();
        assertThat(user.id()).isEqualTo(invited.user().id());
        assertThat(user.canLogIn()).isFalse();
        assertThat(user.passwordHash()).isNull();
        assertThat(invited.membership().role()).isEqualTo(Role.MEMBER);
        assertRejected(() -> core.auth().login(LoginCommand.of("guest@example.com", PASSWORD, null), Origin.UNKNOWN),
                ErrorCode.AUTHENTICATION_ERROR);
    }

    @Test
    void an_invitation_queues_a_mail_from_the_organization_that_says_what_to_do_next() {
        invite(owner, "Guest@Example.com", Role.ADMIN);
        core.sendQueuedMail();

        assertThat(core.mail.sent()).filteredOn(m -> m.to().equals("guest@example.com")).singleElement()
                .satisfies(m -> {
                    assertThat(m.subject()).isEqualTo("You are invited to Label on Soundport");
                    assertThat(m.body()).contains("Label invited you to join it on Soundport as an admin.")
                            .contains("sign up with this address at https://soundport.example/api/v1/auth/register");
                });
        assertThat(core.store.notifications().list(owner.organizationId(),
                new io.soundport.domain.notifications.NotificationFilter(null, null),
                io.soundport.domain.shared.PageRequest.first(10)).items())
                .as("a notification of the inviting organization").isNotEmpty();
    }

    @Test
    void an_invitation_to_an_address_on_the_opt_out_list_stands_but_mails_nothing() {
        core.store.optOuts().add(new io.soundport.domain.notifications.OptOut(owner.organizationId(),
                io.soundport.domain.notifications.Recipient.of(io.soundport.domain.notifications.Channel.EMAIL,
                        "quiet@example.com", "to"), core.clock.now()));

        Member invited = invite(owner, "quiet@example.com", Role.MEMBER);
        core.sendQueuedMail();

        assertThat(invited.membership().role()).isEqualTo(Role.MEMBER);
        assertThat(core.mail.sent()).noneMatch(m -> m.to().equals("quiet@example.com"));
    }

    @Test
    void an_invited_user_who_registers_keeps_the_account_and_joins_once_the_address_is_verified() {
        Member invited = invite(owner, "guest@example.com", Role.ADMIN);

        AuthSession registered = core.auth().register(
                RegisterCommand.of("GUEST@example.com", PASSWORD, "Gus", "Gus Music"), Origin.UNKNOWN);

        assertThat(registered.user().id()).isEqualTo(invited.user().id());
        assertThat(registered.user().name()).isEqualTo("Gus");
        assertThat(registered.organization().id()).isNotEqualTo(owner.organizationId());
        assertThat(core.store.memberships().find(owner.organizationId(), invited.user().id()))
                .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.ADMIN));
        assertThat(organizations.member(owner, invited.user().id()).active()).isFalse();
        assertRejected(() -> core.auth().login(new LoginCommand("guest@example.com", PASSWORD,
                owner.organizationId(), null), Origin.UNKNOWN), ErrorCode.AUTHORIZATION_ERROR);

        core.verification.confirm(VerifyEmailCommand.of(core.verificationTokenMailedTo("guest@example.com")));

        AuthSession inInvitingOrg = core.auth().login(
                new LoginCommand("guest@example.com", PASSWORD, owner.organizationId(), null), Origin.UNKNOWN);
        assertThat(inInvitingOrg.role()).isEqualTo(Role.ADMIN);
        assertThat(organizations.member(owner, invited.user().id()).active()).isTrue();
        assertRejected(() -> core.auth().register(RegisterCommand.of("guest@example.com", PASSWORD, "Gus", "Again"), Origin.UNKNOWN),
                ErrorCode.CONFLICT, "email");
    }

    @Test
    void an_invitation_stored_before_invitations_were_marked_still_waits_for_the_verified_address() {
        Member invited = invite(owner, "legacy@example.com", Role.ADMIN);
        Membership marked = core.store.memberships().find(owner.organizationId(), invited.user().id()).orElseThrow();
        core.store.memberships().update(new Membership(marked.organizationId(), marked.userId(), marked.role(), false,
                marked.createdAt(), marked.updatedAt(), marked.version()));

        core.auth().register(RegisterCommand.of("legacy@example.com", PASSWORD, "Squatter", "Squat"), Origin.UNKNOWN);

        assertRejected(() -> core.auth().login(new LoginCommand("legacy@example.com", PASSWORD,
                owner.organizationId(), null), Origin.UNKNOWN), ErrorCode.AUTHORIZATION_ERROR);
        assertThat(core.store.memberships().find(owner.organizationId(), invited.user().id()))
                .hasValueSatisfying(m -> assertThat(m.byInvitation()).isTrue());
    }

    @Test
    void inviting_an_existing_member_again_is_a_conflict_on_the_email() {
        invite(owner, "guest@example.com", Role.MEMBER);

        assertRejected(() -> invite(owner, "guest@example.com", Role.VIEWER), ErrorCode.CONFLICT, "email");
        assertRejected(() -> invite(owner, "owner@example.com", Role.VIEWER), ErrorCode.CONFLICT, "email");
    }

    @Test
    void the_last_owner_cannot_be_removed() {
        assertRejected(() -> organizations.remove(owner, DeleteCommand.of(owner.userId())), ErrorCode.CONFLICT);

        assertThat(core.store.memberships().find(owner.organizationId(), owner.userId())).isPresent();
    }

    @Test
    void the_last_owner_cannot_be_demoted() {
        assertRejected(() -> changeRole(owner, owner.userId(), Role.ADMIN, null), ErrorCode.CONFLICT);

        assertThat(core.store.memberships().find(owner.organizationId(), owner.userId()))
                .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.OWNER));
    }

    @Test
    void an_owner_can_step_down_once_there_is_another_owner() {
        invite(owner, "second@example.com", Role.OWNER);

        Member demoted = changeRole(owner, owner.userId(), Role.ADMIN, 1L);

        assertThat(demoted.membership().role()).isEqualTo(Role.ADMIN);
        assertThat(demoted.membership().version()).isEqualTo(2);
        assertThat(core.store.memberships().countWithRole(owner.organizationId(), Role.OWNER)).isEqualTo(1);
    }

    @Test
    void an_admin_cannot_make_an_owner() {
        Caller admin = asCaller(invite(owner, "admin@example.com", Role.ADMIN));
        Member member = invite(admin, "member@example.com", Role.MEMBER);

        assertRejected(() -> invite(admin, "boss@example.com", Role.OWNER), ErrorCode.AUTHORIZATION_ERROR);
        assertRejected(() -> changeRole(admin, member.user().id(), Role.OWNER, null),
                ErrorCode.AUTHORIZATION_ERROR);
        assertRejected(() -> changeRole(admin, admin.userId(), Role.OWNER, null),
                ErrorCode.AUTHORIZATION_ERROR);
        assertThat(core.store.users().findByEmail(Email.of("boss@example.com"))).isEmpty();
        assertThat(core.store.memberships().countWithRole(owner.organizationId(), Role.OWNER)).isEqualTo(1);
    }

    @Test
    void an_admin_cannot_demote_or_remove_an_owner() {
        invite(owner, "second@example.com", Role.OWNER);
        Caller admin = asCaller(invite(owner, "admin@example.com", Role.ADMIN));

        assertRejected(() -> changeRole(admin, owner.userId(), Role.VIEWER, null),
                ErrorCode.AUTHORIZATION_ERROR);
        assertRejected(() -> organizations.remove(admin, DeleteCommand.of(owner.userId())), ErrorCode.AUTHORIZATION_ERROR);
    }

    @Test
    void a_member_cannot_invite_anyone() {
        Caller member = asCaller(invite(owner, "member@example.com", Role.MEMBER));

        assertRejected(() -> invite(member, "friend@example.com", Role.VIEWER), ErrorCode.AUTHORIZATION_ERROR);
    }

    @Test
    void a_role_change_against_a_stale_version_fails() {
        Member member = invite(owner, "member@example.com", Role.MEMBER);
        changeRole(owner, member.user().id(), Role.VIEWER, 1L);

        assertRejected(() -> changeRole(owner, member.user().id(), Role.ADMIN, 1L),
                ErrorCode.PRECONDITION_FAILED);
    }

    @Test
    void a_removed_member_stops_authenticating_at_once_on_this_instance() {
        Member member = invite(owner, "member@example.com", Role.MEMBER);
        assertThat(core.authenticator.member(owner.organizationId(), member.user().id())).isPresent();

        organizations.remove(owner, DeleteCommand.of(member.user().id()));

        assertThat(core.authenticator.member(owner.organizationId(), member.user().id())).isEmpty();
    }

    @Test
    void a_role_change_applies_at_once_on_this_instance() {
        Member member = invite(owner, "member@example.com", Role.MEMBER);
        assertThat(core.authenticator.member(owner.organizationId(), member.user().id()))
                .hasValueSatisfying(c -> assertThat(c.role()).isEqualTo(Role.MEMBER));

        changeRole(owner, member.user().id(), Role.VIEWER, null);

        assertThat(core.authenticator.member(owner.organizationId(), member.user().id()))
                .hasValueSatisfying(c -> assertThat(c.role()).isEqualTo(Role.VIEWER));
    }

    @Test
    void a_stranger_is_not_found_among_the_members() {
        UserId stranger = UserId.generate(core.ids);

        assertRejected(() -> organizations.member(owner, stranger), ErrorCode.NOT_FOUND);
        assertRejected(() -> organizations.remove(owner, DeleteCommand.of(stranger)), ErrorCode.NOT_FOUND);
    }
}
