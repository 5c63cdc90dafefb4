package io.soundport.application.integrations;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.TrackSync;
import io.soundport.domain.integrations.TrackSyncId;
import io.soundport.domain.integrations.TrackSyncs;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;

import java.time.Instant;

/**
 * Imports of a user's Spotify tracks into their organization's catalog: {@link #start} queues one (the
 * {@link TrackSyncWorker} runs it in the background), {@link #get} shows how far it got. Starting needs a signed-in
 * user with a working Spotify connection who may write to the catalog.
 */
public final class TrackSyncService {
    /** The job that runs an import; its subject is the import's id. */
    public static final String RUN_JOB = "track-sync.run";

    private final TransactionRunner tx;
    private final TrackSyncs syncs;
    private final Jobs jobs;
    private final ConnectionService connections;
    private final AuditRecorder audit;
    private final IdGenerator ids;
    private final Clock clock;
    private final TraceContext trace;

    public TrackSyncService(TransactionRunner tx, TrackSyncs syncs, Jobs jobs, ConnectionService connections,
                            AuditRecorder audit, IdGenerator ids, Clock clock, TraceContext trace) {
        this.tx = tx;
        this.syncs = syncs;
        this.jobs = jobs;
        this.connections = connections;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
        this.trace = trace;
    }

    /**
     * Queues the import, QUEUED; CONFLICT when the caller has no Spotify connection, RECONNECT_REQUIRED when Spotify
     * refused its grant.
     */
    public TrackSync start(Caller caller, StartTrackSyncCommand command) {
        UserId user = caller.requireUser();
        caller.require(Permission.WRITE);
        connections.requireConnected(caller, Provider.SPOTIFY);
        Instant now = clock.now();
        TrackSync sync = TrackSync.queued(TrackSyncId.generate(ids), caller.organizationId(), user, Provider.SPOTIFY,
                command.source(), command.timeRange(), command.limit(), now);
        return tx.inTransaction(() -> {
            syncs.add(sync);
            jobs.enqueue(Job.due(sync.id().value(), RUN_JOB, caller.organizationId().value(), sync.id().value(), now)
                    .inTrace(trace.current()));
            audit.record(caller, "track_sync.started", sync.id().value());
            return sync;
        });
    }

    /** The import with its counts so far; NOT_FOUND for another organization's. */
    public TrackSync get(Caller caller, TrackSyncId id) {
        caller.require(Permission.READ);
        return syncs.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Track import", id.value()));
    }
}
