package io.soundport.application.identity;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.Versions;
import io.soundport.domain.identity.ApiKeys;
import io.soundport.domain.identity.Application;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.Applications;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.time.Instant;

/** Partner applications of the caller's organization; deleting one revokes its keys. */
public final class ApplicationService {
    private final TransactionRunner tx;
    private final Applications applications;
    private final ApiKeys apiKeys;
    private final Authenticator authenticator;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditRecorder audit;

    public ApplicationService(TransactionRunner tx, Applications applications, ApiKeys apiKeys,
                              Authenticator authenticator, IdGenerator ids, Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.applications = applications;
        this.apiKeys = apiKeys;
        this.authenticator = authenticator;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    public Application create(Caller caller, CreateApplicationCommand command) {
        caller.require(Permission.MANAGE);
        Instant now = clock.now();
        Application app = new Application(ApplicationId.generate(ids), caller.organizationId(), command.name(),
                command.email(), command.domain(), now, now, 1);
        tx.run(() -> {
            applications.add(app);
            audit.record(caller, "application.created", app.id().value());
        });
        return app;
    }

    public Application get(Caller caller, ApplicationId id) {
        caller.require(Permission.MANAGE);
        return applications.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Application", id.value()));
    }

    public Page<Application> list(Caller caller, PageRequest page) {
        caller.require(Permission.MANAGE);
        return applications.list(caller.organizationId(), page);
    }

    public Application update(Caller caller, UpdateApplicationCommand command) {
        caller.require(Permission.MANAGE);
        ApplicationId id = command.applicationId();
        return tx.inTransaction(() -> {
            Application current = get(caller, id);
            Versions.check(command.expectedVersion(), current.version(), "Application " + id.value());
            audit.record(caller, "application.updated", id.value());
            return applications.update(current.update(
                    command.name() != null ? command.name() : current.name(),
                    command.email() != null ? command.email() : current.email(),
                    command.domain() != null ? command.domain() : current.domain(),
                    clock.now()));
        });
    }

    public void delete(Caller caller, DeleteCommand<ApplicationId> command) {
        ApplicationId id = command.id();
        caller.require(Permission.MANAGE);
        tx.run(() -> {
            Application current = get(caller, id);
            Versions.check(command.expectedVersion(), current.version(), "Application " + id.value());
            apiKeys.revokeAll(caller.organizationId(), id, clock.now());
            applications.remove(caller.organizationId(), id);
            audit.record(caller, "application.deleted", id.value());
        });
        authenticator.forgetAllKeys();
    }
}
