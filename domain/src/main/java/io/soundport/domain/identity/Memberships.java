package io.soundport.domain.identity;

import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Persistence of memberships: who belongs to which organization, with which role. */
public interface Memberships {
    /** Adds a membership; CONFLICT when the user already belongs to the organization. */
    void add(Membership membership);

    Optional<Membership> find(OrganizationId organizationId, UserId userId);

    /** The organizations of a user, oldest membership first. */
    List<Membership> ofUser(UserId userId);

    /** The members of an organization, newest first. */
    Page<Membership> ofOrganization(OrganizationId organizationId, PageRequest page);

    /** Stores a changed membership loaded at {@code membership.version()}; returns it with its new version. */
    Membership update(Membership membership);

    /** Removes a membership; false when there was none. */
    boolean remove(OrganizationId organizationId, UserId userId);

    int countWithRole(OrganizationId organizationId, Role role);
}
