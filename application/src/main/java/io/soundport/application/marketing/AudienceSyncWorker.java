package io.soundport.application.marketing;

import io.soundport.application.integrations.MetaAccess;
import io.soundport.application.shared.JobHandler;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.integrations.ads.AdsPlatform;
import io.soundport.domain.integrations.ads.HashedContact;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.AudienceMember;
import io.soundport.domain.marketing.AudienceSyncStatus;
import io.soundport.domain.marketing.AudienceType;
import io.soundport.domain.marketing.Audiences;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Runs audience syncs to Meta: claims the run jobs under a lease and works through the Meta connection of the user
 * who started the sync (as they are in the organization now). A custom audience is created on Meta when it has no
 * Meta id yet (the id is stored at once), then its members are sent in key order,
 * {@value AdsPlatform#MAX_USERS_PER_REQUEST} per request, the progress (sent, and the key of the last one sent) stored
 * after each request: a sync resumed after a crash goes on from there, with the audience Meta already has. A
 * lookalike is created on Meta from its origin's Meta audience (CONFLICT, and FAILED, when the origin is not there).
 * Meta failing or busy is tried again up to {@value #ATTEMPTS} times, a minute apart per attempt; anything else (no
 * connection, a refused grant, the user gone or no longer allowed to write) fails the sync with the reason.
 */
public final class AudienceSyncWorker implements JobHandler {
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    static final int ATTEMPTS = 3;

    private final TransactionRunner tx;
    private final Audiences audiences;
    private final Jobs jobs;
    private final MetaAccess meta;
    private final Clock clock;
    private final TraceContext trace;

    public AudienceSyncWorker(TransactionRunner tx, Audiences audiences, Jobs jobs, MetaAccess meta, Clock clock,
                              TraceContext trace) {
        this.tx = tx;
        this.audiences = audiences;
        this.jobs = jobs;
        this.meta = meta;
        this.clock = clock;
        this.trace = trace;
    }

    /** Claims up to {@code batch} due run jobs for {@code owner} and works them; returns how many. */
    public int runOnce(String owner, int batch) {
        return work(owner, jobs.claim(owner, Set.of(AudienceSyncService.RUN_JOB), clock.now(), DEFAULT_LEASE, batch));
    }

    @Override
    public String type() {
        return AudienceSyncService.RUN_JOB;
    }

    @Override
    public int work(String owner, List<Job> claimed) {
        for (Job job : claimed) {
            trace.run(job.traceParent(), "audience sync " + job.subjectId(), () -> run(owner, job));
        }
        return claimed.size();
    }

    /** A sync still under way fails with the queue's reason. */
    @Override
    public void abandon(Job job, String reason) {
        find(job).filter(a -> a.sync().status() == AudienceSyncStatus.SYNCING)
                .ifPresent(a -> tx.run(() -> advance(a, current -> current.syncFailed(reason, clock.now()))));
    }

    /** The origin of a lookalike, which must be on Meta already: CONFLICT when it is not, NOT_FOUND when it is gone. */
    static Audience originOnMeta(Audiences audiences, Audience lookalike) {
        AudienceId originId = lookalike.lookalike().origin();
        Audience origin = audiences.find(lookalike.organizationId(), originId)
                .orElseThrow(() -> DomainException.notFound("Audience", originId.value()));
        if (origin.sync().metaAudienceId() == null) {
            throw DomainException.conflict("The lookalike's origin audience " + originId
                    + " is not on Meta yet: sync it first (POST /audiences/" + originId + "/sync/meta)");
        }
        return origin;
    }

    private Optional<Audience> find(Job job) {
        return audiences.find(OrganizationId.of(job.organizationId()), AudienceId.of(job.subjectId()));
    }

    private void run(String owner, Job job) {
        Optional<Audience> found = find(job);
        if (found.isEmpty() || found.get().sync().status() != AudienceSyncStatus.SYNCING) {
            tx.run(() -> jobs.complete(job.id(), owner));
            return;
        }
        try {
            Audience sent = sync(found.get());
            tx.run(() -> {
                advance(sent, current -> current.synced(clock.now()));
                jobs.complete(job.id(), owner);
            });
        } catch (DomainException e) {
            boolean transient_ = e.code() == ErrorCode.INTEGRATION_ERROR || e.code() == ErrorCode.SERVICE_UNAVAILABLE;
            tx.run(() -> {
                // the claim counted this attempt: the first waits a minute, the second two
                if (transient_ && job.attempts() < ATTEMPTS) {
                    jobs.reschedule(job.id(), owner, clock.now().plus(Duration.ofMinutes(job.attempts())));
                } else {
                    find(job).ifPresent(a -> advance(a, current -> current.syncFailed(e.getMessage(), clock.now())));
                    jobs.complete(job.id(), owner);
                }
            });
        }
    }

    /** Creates the audience on Meta if needed and sends what is left of its members; answers it as stored. */
    private Audience sync(Audience audience) {
        Caller user = meta.member(audience.organizationId(), audience.sync().startedBy());
        Audience current = audience;
        if (current.type() == AudienceType.LOOKALIKE) {
            if (current.sync().metaAudienceId() == null) {
                Audience origin = originOnMeta(audiences, current);
                Audience lookalike = current;
                var created = meta.write(user, (platform, token) -> platform.createLookalikeAudience(token,
                        lookalike.onMeta(origin.sync().metaAudienceId())));
                current = stored(current, a -> a.createdOnMeta(created.id(), clock.now()));
            }
            return current;
        }
        if (current.sync().metaAudienceId() == null) {
            Audience custom = current;
            var created = meta.write(user, (platform, token) -> platform.createCustomAudience(token, custom.onMeta()));
            current = stored(current, a -> a.createdOnMeta(created.id(), clock.now()));
        }
        var metaId = current.sync().metaAudienceId();
        while (true) {
            List<AudienceMember> batch = audiences.members(current.organizationId(), current.id(),
                    current.sync().cursor(), AdsPlatform.MAX_USERS_PER_REQUEST);
            if (batch.isEmpty()) {
                return current;
            }
            List<HashedContact> people = batch.stream().map(AudienceMember::contact).toList();
            meta.write(user, (platform, token) -> platform.addUsers(token, metaId, people));
            String last = batch.get(batch.size() - 1).key();
            current = stored(current, a -> a.syncProgressed(batch.size(), last, clock.now()));
            if (batch.size() < AdsPlatform.MAX_USERS_PER_REQUEST) {
                return current;
            }
        }
    }

    private Audience stored(Audience audience, UnaryOperator<Audience> change) {
        return tx.inTransaction(() -> advance(audience, change));
    }

    /**
     * Applies the sync's change to the audience as stored now (a caller may have renamed it meanwhile), once more if
     * another change landed between the read and the write.
     */
    private Audience advance(Audience audience, UnaryOperator<Audience> change) {
        for (int attempt = 1; ; attempt++) {
            Audience current = audiences.find(audience.organizationId(), audience.id())
                    .orElseThrow(() -> DomainException.notFound("Audience", audience.id().value()));
            try {
                return audiences.update(change.apply(current));
            } catch (DomainException e) {
                if (e.code() != ErrorCode.PRECONDITION_FAILED || attempt == 2) {
                    throw e;
                }
            }
        }
    }
}
