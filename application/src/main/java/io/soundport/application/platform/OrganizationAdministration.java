package io.soundport.application.platform;

import io.soundport.application.identity.Authenticator;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.Versions;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.Organization.OrganizationChange;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;

import java.util.ArrayList;
import java.util.List;

/**
 * What platform operators do with every organization: find them with their usage of the hour, change their tier,
 * suspend and reinstate them. Only operators ({@link PlatformOperators}) may; an operator acts whatever the standing
 * of their own organization, so that a suspension by mistake of it can be undone.
 */
public final class OrganizationAdministration {
    private final TransactionRunner tx;
    private final Organizations organizations;
    private final PlatformOperators operators;
    private final OrganizationUsage usage;
    private final Authenticator authenticator;
    private final EventRecorder events;

    public OrganizationAdministration(TransactionRunner tx, Organizations organizations, PlatformOperators operators,
                                      OrganizationUsage usage, Authenticator authenticator, EventRecorder events) {
        this.tx = tx;
        this.organizations = organizations;
        this.operators = operators;
        this.usage = usage;
        this.authenticator = authenticator;
        this.events = events;
    }

    public Page<AdministeredOrganization> search(Caller caller, SearchOrganizationsQuery query) {
        operators.require(caller);
        return organizations.search(query.filter(), query.page()).map(this::withUsage);
    }

    /**
     * Changes the tier and the standing in one unit of work with the events they raise; this instance forgets the
     * organization at once, the others within {@link Authenticator#STALENESS}.
     */
    public AdministeredOrganization update(Caller caller, AdministerOrganizationCommand command) {
        operators.require(caller);
        UserId operator = caller.requireUser();
        Organization stored = tx.inTransaction(() -> {
            Organization current = organizations.find(command.id())
                    .orElseThrow(() -> DomainException.notFound("Organization", command.id().value()));
            Versions.check(command.expectedVersion(), current.version(), "Organization " + command.id().value());
            List<OrganizationChange> changes = new ArrayList<>();
            Organization next = current;
            if (command.tier() != null) {
                next = apply(next.changeTier(command.tier(), events.meta(current.id())), changes);
            }
            if (Boolean.TRUE.equals(command.suspended())) {
                next = apply(next.suspend(command.suspensionReason(), operator, events.meta(current.id())), changes);
            } else if (Boolean.FALSE.equals(command.suspended())) {
                next = apply(next.reinstate(events.meta(current.id())), changes);
            }
            if (next == current) {
                return current;
            }
            Organization saved = organizations.update(next);
            changes.forEach(change -> change.eventAbout(saved).ifPresent(events::record));
            return saved;
        });
        authenticator.forgetOrganization(command.id());
        return withUsage(stored);
    }

    private static Organization apply(OrganizationChange change, List<OrganizationChange> changes) {
        changes.add(change);
        return change.organization();
    }

    private AdministeredOrganization withUsage(Organization organization) {
        return new AdministeredOrganization(organization, usage.requestsThisHour(organization.id()));
    }
}
