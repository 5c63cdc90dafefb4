package io.soundport.adapters.local;

import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.shared.Backlog;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The job queue in memory. Claims, completions and reschedules are writes under the store's lock, so two workers of
 * one process never claim the same job; a lease is held up to and including {@code leaseUntil}.
 */
final class InMemoryJobsAdapter implements Jobs {
    private static final Comparator<Job> OLDEST_RUN_AT_FIRST = Comparator.comparing(Job::runAt)
            .thenComparing(Job::id);

    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<String, Job> rows;

    InMemoryJobsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void enqueue(Job job) {
        transactions.write(() -> {
            if (!rows.contains(job.id())) {
                rows.put(job.id(), job);
                transactions.workQueued();
            }
            return null;
        });
    }

    @Override
    public List<Job> claim(String owner, Set<String> types, Instant now, Duration lease, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        return transactions.write(() -> {
            List<Job> due = rows.rows()
                    .filter(j -> types.contains(j.type()) && !j.runAt().isAfter(now)
                            && (j.leaseUntil() == null || j.leaseUntil().isBefore(now)))
                    .sorted(OLDEST_RUN_AT_FIRST)
                    .limit(limit)
                    .toList();
            List<Job> claimed = new ArrayList<>(due.size());
            for (Job job : due) {
                Job leased = new Job(job.id(), job.type(), job.organizationId(), job.subjectId(), job.runAt(),
                        job.attempts() + 1, owner, now.plus(lease), job.createdAt(), job.traceParent());
                rows.put(leased.id(), leased);
                claimed.add(leased);
            }
            return claimed;
        });
    }

    @Override
    public boolean complete(String jobId, String owner) {
        return transactions.write(() -> heldBy(jobId, owner).isPresent() && rows.remove(jobId));
    }

    /** Under one hold of the store's lock. */
    @Override
    public Set<String> completeAll(Collection<String> jobIds, String owner) {
        return transactions.write(() -> {
            Set<String> completed = new HashSet<>();
            for (String jobId : jobIds) {
                if (heldBy(jobId, owner).isPresent() && rows.remove(jobId)) {
                    completed.add(jobId);
                }
            }
            return completed;
        });
    }

    @Override
    public boolean reschedule(String jobId, String owner, Instant runAt) {
        return transactions.write(() -> heldBy(jobId, owner)
                .map(job -> {
                    rows.put(jobId, new Job(job.id(), job.type(), job.organizationId(), job.subjectId(), runAt,
                            job.attempts(), null, null, job.createdAt(), job.traceParent()));
                    return true;
                })
                .orElse(false));
    }

    @Override
    public boolean extend(String jobId, String owner, Instant leasedUntil) {
        return transactions.write(() -> heldBy(jobId, owner)
                .map(job -> {
                    rows.put(jobId, new Job(job.id(), job.type(), job.organizationId(), job.subjectId(), job.runAt(),
                            job.attempts(), owner, leasedUntil, job.createdAt(), job.traceParent()));
                    return true;
                })
                .orElse(false));
    }

    @Override
    public Optional<Job> find(String jobId) {
        return rows.get(jobId);
    }

    @Override
    public Backlog backlog(String type, Instant now) {
        List<Job> queued = rows.rows().filter(j -> j.type().equals(type)).toList();
        Optional<Instant> oldest = queued.stream().map(Job::runAt).filter(runAt -> !runAt.isAfter(now))
                .min(Comparator.naturalOrder());
        return new Backlog(queued.size(), oldest);
    }

    private Optional<Job> heldBy(String jobId, String owner) {
        return rows.get(jobId).filter(j -> owner.equals(j.leaseOwner()));
    }
}
