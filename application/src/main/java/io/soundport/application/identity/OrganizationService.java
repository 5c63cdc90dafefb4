package io.soundport.application.identity;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.Versions;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Membership;
import io.soundport.domain.identity.Memberships;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.User;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.identity.Users;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.time.Instant;

/** The caller's organization and its members. Only an OWNER may make or unmake an OWNER. */
public final class OrganizationService {
    private final TransactionRunner tx;
    private final Organizations organizations;
    private final Users users;
    private final Memberships memberships;
    private final Authenticator authenticator;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditRecorder audit;
    private final InvitationMails invitations;
    private final MemberDepartures departures;

    public OrganizationService(TransactionRunner tx, Organizations organizations, Users users, Memberships memberships,
                               Authenticator authenticator, IdGenerator ids, Clock clock, AuditRecorder audit,
                               InvitationMails invitations, MemberDepartures departures) {
        this.tx = tx;
        this.organizations = organizations;
        this.users = users;
        this.memberships = memberships;
        this.authenticator = authenticator;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.invitations = invitations;
        this.departures = departures;
    }

    public Organization get(Caller caller) {
        caller.require(Permission.READ);
        return organizations.find(caller.organizationId())
                .orElseThrow(() -> DomainException.notFound("Organization", caller.organizationId().value()));
    }

    /** The OWNER sets the organization's DDEX Party ID and party name, the sender of its ERN messages. */
    public Organization update(Caller caller, UpdateOrganizationCommand command) {
        caller.require(Permission.OWN);
        return tx.inTransaction(() -> {
            Organization current = get(caller);
            Versions.check(command.expectedVersion(), current.version(), "Organization " + current.id().value());
            Organization changed = current.withDdexParty(command.dpid().applyTo(current.dpid()),
                    command.partyName().applyTo(current.partyName()), clock.now());
            if (changed == current) {
                return current;
            }
            audit.record(caller, "organization.updated", current.id().value());
            return organizations.update(changed);
        });
    }

    public Page<Member> members(Caller caller, PageRequest page) {
        caller.require(Permission.READ);
        return memberships.ofOrganization(caller.organizationId(), page).map(this::withUser);
    }

    public Member member(Caller caller, UserId userId) {
        caller.require(Permission.READ);
        return withUser(load(caller, userId));
    }

    /**
     * Invites a person by e-mail (creating the account they will take up when they have none) and queues the mail
     * that tells them, in one unit of work; the membership counts once their address is verified.
     */
    public Member invite(Caller caller, InviteMemberCommand command) {
        caller.require(Permission.MANAGE);
        if (command.role() == Role.OWNER) {
            caller.require(Permission.OWN);
        }
        Instant now = clock.now();
        return tx.inTransaction(() -> {
            User user = users.findByEmail(command.email()).orElseGet(() -> {
                String name = command.name() != null ? command.name() : command.email().value();
                User invited = new User(UserId.generate(ids), command.email(), name, null, false, now, now, 1);
                users.add(invited);
                return invited;
            });
            if (memberships.find(caller.organizationId(), user.id()).isPresent()) {
                throw DomainException.conflict(command.email() + " is already a member of this organization", "email");
            }
            // counts once the invitee has proved the address is theirs (at once when it is verified already)
            Membership membership = Membership.invitation(caller.organizationId(), user.id(), command.role(), now);
            memberships.add(membership);
            audit.record(caller, "member.invited", user.id().value());
            invitations.queue(get(caller), user, command.role());
            return new Member(user, membership);
        });
    }

    public Member changeRole(Caller caller, ChangeMemberRoleCommand command) {
        caller.require(Permission.MANAGE);
        UserId userId = command.userId();
        Role newRole = command.role();
        Member result = tx.inTransaction(() -> {
            Membership current = load(caller, userId);
            Versions.check(command.expectedVersion(), current.version(), "Member " + userId.value());
            if (current.role() == Role.OWNER || newRole == Role.OWNER) {
                caller.require(Permission.OWN);
            }
            if (current.role() == Role.OWNER && newRole != Role.OWNER
                    && memberships.countWithRole(caller.organizationId(), Role.OWNER) <= 1) {
                throw DomainException.conflict("The last OWNER of an organization cannot be demoted");
            }
            audit.record(caller, "member.role_changed", userId.value());
            return withUser(memberships.update(current.withRole(newRole, clock.now())));
        });
        authenticator.forgetMember(caller.organizationId(), userId);
        return result;
    }

    public void remove(Caller caller, DeleteCommand<UserId> command) {
        UserId userId = command.id();
        caller.require(Permission.MANAGE);
        tx.run(() -> {
            Membership current = load(caller, userId);
            Versions.check(command.expectedVersion(), current.version(), "Member " + userId.value());
            if (current.role() == Role.OWNER) {
                caller.require(Permission.OWN);
                if (memberships.countWithRole(caller.organizationId(), Role.OWNER) <= 1) {
                    throw DomainException.conflict("The last OWNER of an organization cannot be removed");
                }
            }
            memberships.remove(caller.organizationId(), userId);
            departures.departed(caller.organizationId(), userId);
            audit.record(caller, "member.removed", userId.value());
        });
        authenticator.forgetMember(caller.organizationId(), userId);
    }

    private Membership load(Caller caller, UserId userId) {
        return memberships.find(caller.organizationId(), userId)
                .orElseThrow(() -> DomainException.notFound("Member", userId.value()));
    }

    private Member withUser(Membership membership) {
        User user = users.find(membership.userId())
                .orElseThrow(() -> DomainException.notFound("User", membership.userId().value()));
        return new Member(user, membership);
    }
}
