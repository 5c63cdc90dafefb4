package io.soundport.application.platform;

import io.soundport.application.identity.Authenticator;
import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.Versions;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.platform.OrganizationEvent;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;

import java.time.Instant;

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
    private final AuditRecorder audit;
    private final Clock clock;

    public OrganizationAdministration(TransactionRunner tx, Organizations organizations, PlatformOperators operators,
                                      OrganizationUsage usage, Authenticator authenticator, EventRecorder events,
                                      AuditRecorder audit, Clock clock) {
        this.tx = tx;
        this.organizations = organizations;
        this.operators = operators;
        this.usage = usage;
        this.authenticator = authenticator;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
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
            Instant now = clock.now();
            Organization next = command.tier() == null ? current : current.withTier(command.tier(), now);
            if (Boolean.TRUE.equals(command.suspended())) {
                next = next.suspend(command.suspensionReason(), operator, now);
            } else if (Boolean.FALSE.equals(command.suspended())) {
                next = next.reinstate(now);
            }
            if (next == current) {
                return current;
            }
            Organization saved = organizations.update(next);
            for (OrganizationEvent event : OrganizationEvent.raisedBy(current, saved,
                    () -> events.meta(saved.id(), now, 0))) {
                events.record(event);
                // in the organization's own log: its owners see who changed their tier or standing
                audit.recordIn(saved.id(), caller, event.type(), saved.id().value());
            }
            return saved;
        });
        authenticator.forgetOrganization(command.id());
        return withUsage(stored);
    }

    private AdministeredOrganization withUsage(Organization organization) {
        return new AdministeredOrganization(organization, usage.requestsThisHour(organization.id()));
    }
}
