package io.soundport.application.shared;

import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.Clock;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps a job leased to its owner while work on it runs longer than one lease (a large package uploaded to a slow
 * partner): every third of the lease, the lease is extended to a full lease from then, until {@link #close()}. A lease
 * that can no longer be extended (another owner took the job over) is logged and left; the work goes on, and what it
 * records is refused as any taken-over job's is. A failure to reach the store is logged and tried again at the next
 * renewal.
 */
public final class LeaseRenewal implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LeaseRenewal.class.getName());
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "soundport-lease-renewal");
        thread.setDaemon(true);
        return thread;
    });

    private final ScheduledFuture<?> renewals;

    private LeaseRenewal(ScheduledFuture<?> renewals) {
        this.renewals = renewals;
    }

    /** A job held by its owner under leases of this length. */
    public record Lease(Job job, String owner, Duration length) {
        public Lease {
            Objects.requireNonNull(job, "job");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(length, "length");
        }
    }

    /** Starts renewing the lease by its length every third of it. */
    public static LeaseRenewal start(Jobs jobs, Clock clock, Lease held) {
        Objects.requireNonNull(jobs, "jobs");
        Job job = held.job();
        String owner = held.owner();
        Duration lease = held.length();
        long every = Math.max(1, lease.toMillis() / 3);
        AtomicReference<ScheduledFuture<?>> self = new AtomicReference<>();
        self.set(TIMER.scheduleWithFixedDelay(() -> {
            try {
                if (!jobs.extend(job.id(), owner, clock.now().plus(lease))) {
                    LOG.log(System.Logger.Level.WARNING, "The lease of job " + job.id() + " (" + job.type()
                            + ") was taken over while " + owner + " worked on it");
                    ScheduledFuture<?> renewals = self.get();
                    if (renewals != null) {
                        renewals.cancel(false);
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not renew the lease of job " + job.id() + ": "
                        + e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS));
        return new LeaseRenewal(self.get());
    }

    /** Stops renewing; the lease runs its course, or is released by completing or rescheduling the job. */
    @Override
    public void close() {
        renewals.cancel(false);
    }
}
