package io.soundport.application.shared;

import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.platform.AuditEntry;
import io.soundport.domain.platform.AuditEntryId;
import io.soundport.domain.platform.AuditLog;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;

/**
 * Where use cases note who changed what: one call per change, inside the change's unit of work, so that the entry
 * commits or rolls back with it. The entry keeps the caller (user or API key), the action
 * ({@code release.updated}), the resource's id and the caller's {@link io.soundport.domain.identity.Origin}; never a
 * body, a key, a token or a secret.
 */
public final class AuditRecorder {
    private final AuditLog log;
    private final IdGenerator ids;
    private final Clock clock;

    public AuditRecorder(AuditLog log, IdGenerator ids, Clock clock) {
        this.log = log;
        this.ids = ids;
        this.clock = clock;
    }

    /** Records that {@code caller} did {@code action} ({@code <resource type>.<what happened>}) to a resource. */
    public void record(Caller caller, String action, String resourceId) {
        recordIn(caller.organizationId(), caller, action, resourceId);
    }

    /**
     * Records it in another organization's log than the caller's: a platform operator's change to an organization is
     * that organization's to read.
     */
    public void recordIn(OrganizationId organizationId, Caller caller, String action, String resourceId) {
        AuditEntry.Actor actor = caller.isUser()
                ? new AuditEntry.Actor(AuditEntry.Kind.USER, caller.userId().value())
                : new AuditEntry.Actor(AuditEntry.Kind.API_KEY, caller.apiKeyId().value());
        log.append(new AuditEntry(AuditEntryId.generate(ids), organizationId, actor, action, resourceId,
                clock.now(), caller.origin()));
    }
}
