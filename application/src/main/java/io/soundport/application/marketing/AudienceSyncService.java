package io.soundport.application.marketing;

import io.soundport.application.integrations.MetaAccess;
import io.soundport.application.shared.AuditRecorder;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceType;
import io.soundport.domain.marketing.Audiences;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;

import java.time.Instant;

/**
 * Pushes audiences to Meta in the background: {@link #start} marks the audience SYNCING and queues its run job (the
 * {@link AudienceSyncWorker} does the work through the caller's Meta connection); the audience shows the progress.
 * Needs a signed-in user with a Meta connection who may write.
 */
public final class AudienceSyncService {
    /** The job that runs a sync; its subject is the audience's id. */
    public static final String RUN_JOB = "audience-sync.run";

    private final TransactionRunner tx;
    private final Audiences audiences;
    private final Jobs jobs;
    private final MetaAccess meta;
    private final AuditRecorder audit;
    private final Clock clock;
    private final TraceContext trace;

    public AudienceSyncService(TransactionRunner tx, Audiences audiences, Jobs jobs, MetaAccess meta,
                               AuditRecorder audit, Clock clock, TraceContext trace) {
        this.tx = tx;
        this.audiences = audiences;
        this.jobs = jobs;
        this.meta = meta;
        this.audit = audit;
        this.clock = clock;
        this.trace = trace;
    }

    /**
     * Starts the sync: SYNCING, every member to send. CONFLICT without a Meta connection, while a sync runs, for a
     * lookalike whose origin is not on Meta yet, and for an account other than the one Meta has the audience in;
     * VALIDATION_ERROR on {@code adAccountId} when no account is known; RECONNECT_REQUIRED when Meta refused the
     * connection's grant.
     */
    public Audience start(Caller caller, SyncAudienceCommand command) {
        UserId user = caller.requireUser();
        caller.require(Permission.WRITE);
        meta.requireConnected(caller);
        Instant now = clock.now();
        return tx.inTransaction(() -> {
            Audience current = audiences.find(caller.organizationId(), command.id())
                    .orElseThrow(() -> DomainException.notFound("Audience", command.id().value()));
            AdAccountId account = command.adAccount();
            if (current.type() == AudienceType.LOOKALIKE && current.sync().metaAudienceId() == null) {
                Audience origin = AudienceSyncWorker.originOnMeta(audiences, current);
                account = account != null ? account
                        : current.sync().adAccountId() != null ? current.sync().adAccountId()
                        : origin.sync().adAccountId();
            }
            Audience started = audiences.update(current.startSync(account, user, now));
            // one job per sync: the version it started at tells it from the audience's earlier syncs
            jobs.enqueue(Job.due(started.id().value() + "@" + started.version(), RUN_JOB,
                    caller.organizationId().value(), started.id().value(), now).inTrace(trace.current()));
            audit.record(caller, "audience.sync_started", started.id().value());
            return started;
        });
    }
}
