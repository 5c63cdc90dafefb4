package io.soundport.adapters.postgres;

import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.shared.Backlog;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The job queue in one table. A claim is one statement: it locks the due, unleased jobs it picks with
 * {@code FOR UPDATE SKIP LOCKED}, so concurrent claims from any number of instances pass each other by instead of
 * waiting or taking the same job, and leases them in the same breath. Completing and rescheduling are conditional
 * on the lease owner, so a worker whose lease was taken over changes nothing.
 */
final class PostgresJobsAdapter implements Jobs {
    private static final JobMapper MAPPER = new JobMapper();
    private static final Comparator<Job> OLDEST_RUN_AT_FIRST = Comparator.comparing(Job::runAt)
            .thenComparing(Job::id);

    /** Jobs written by one statement of a batch: 10 parameters each. */
    static final int ROWS_PER_STATEMENT = 100;

    private final JdbiTransactionRunner db;

    PostgresJobsAdapter(JdbiTransactionRunner db) {
        this.db = db;
    }

    @Override
    public void enqueue(Job j) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO jobs (id, type, organization_id, subject_id, run_at, attempts, lease_owner,
                                          lease_until, created_at, trace_parent)
                        VALUES (:id, :type, :organization_id, :subject_id, :run_at, :attempts, :lease_owner,
                                :lease_until, :created_at, :trace_parent)
                        ON CONFLICT (id) DO NOTHING""")
                .bind("id", j.id())
                .bind("type", j.type())
                .bind("organization_id", j.organizationId())
                .bind("subject_id", j.subjectId())
                .bind("run_at", Sql.ts(j.runAt()))
                .bind("attempts", j.attempts())
                .bind("lease_owner", j.leaseOwner())
                .bind("lease_until", Sql.ts(j.leaseUntil()))
                .bind("created_at", Sql.ts(j.createdAt()))
                .bind("trace_parent", j.traceParent())
                .execute());
    }

    /** One multi-row insert per {@value #ROWS_PER_STATEMENT} jobs. */
    @Override
    public void enqueueAll(Collection<Job> jobs) {
        List<Job> rows = List.copyOf(jobs);
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            insert(rows.subList(from, Math.min(from + ROWS_PER_STATEMENT, rows.size())));
        }
    }

    private void insert(List<Job> rows) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO jobs (id, type, organization_id, subject_id, run_at, attempts, lease_owner, lease_until,
                                  created_at, trace_parent)
                VALUES\s""");
        sql.append(Sql.rows(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")).append(" ON CONFLICT (id) DO NOTHING");
        db.withHandle(h -> {
            Update insert = h.createUpdate(sql.toString());
            int at = 0;
            for (Job j : rows) {
                insert.bind(at++, j.id())
                        .bind(at++, j.type())
                        .bind(at++, j.organizationId())
                        .bind(at++, j.subjectId())
                        .bind(at++, Sql.ts(j.runAt()))
                        .bind(at++, j.attempts())
                        .bind(at++, j.leaseOwner())
                        .bind(at++, Sql.ts(j.leaseUntil()))
                        .bind(at++, Sql.ts(j.createdAt()))
                        .bind(at++, j.traceParent());
            }
            return insert.execute();
        });
    }

    /**
     * A claim of one type (what the workers make) is one call of {@code soundport_claim_jobs} (V14), which walks
     * {@code jobs_claim_idx} in {@code (run_at, id)} order whatever the table's statistics say (see the migration).
     * A claim of several types is the same statement with {@code type = ANY(?)}, which cannot use that order and
     * sorts the due jobs of those types.
     */
    @Override
    public List<Job> claim(String owner, Set<String> types, Instant now, Duration lease, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        if (types.isEmpty() || limit == 0) {
            return List.of();
        }
        List<Job> claimed = db.withHandle(h -> {
            Query claim = types.size() == 1
                    ? h.createQuery("SELECT * FROM soundport_claim_jobs(:type, :now, :lease_until, :owner, :limit)")
                            .bind("type", types.iterator().next())
                    : h.createQuery("""
                            WITH due AS MATERIALIZED (
                                SELECT id FROM jobs
                                WHERE type = ANY(CAST(:types AS text[])) AND run_at <= :now
                                  AND (lease_until IS NULL OR lease_until < :now)
                                ORDER BY run_at, id
                                LIMIT :limit
                                FOR UPDATE SKIP LOCKED)
                            UPDATE jobs SET lease_owner = :owner, lease_until = :lease_until,
                                            attempts = jobs.attempts + 1
                            FROM due
                            WHERE jobs.id = due.id
                            RETURNING jobs.*""")
                            .bindArray("types", String.class, List.copyOf(types));
            return claim.bind("now", Sql.ts(now))
                    .bind("limit", limit)
                    .bind("owner", owner)
                    .bind("lease_until", Sql.ts(now.plus(lease)))
                    .map(MAPPER)
                    .list();
        });
        // RETURNING keeps no order
        return claimed.stream().sorted(OLDEST_RUN_AT_FIRST).toList();
    }

    @Override
    public boolean complete(String jobId, String owner) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM jobs WHERE id = :id AND lease_owner = :owner")
                .bind("id", jobId)
                .bind("owner", owner)
                .execute()) > 0;
    }

    /** One statement for the whole batch. */
    @Override
    public Set<String> completeAll(Collection<String> jobIds, String owner) {
        if (jobIds.isEmpty()) {
            return Set.of();
        }
        return db.withHandle(h -> h.createQuery(
                        "DELETE FROM jobs WHERE id = ANY(CAST(:ids AS text[])) AND lease_owner = :owner RETURNING id")
                .bindArray("ids", String.class, List.copyOf(jobIds))
                .bind("owner", owner)
                .mapTo(String.class)
                .set());
    }

    @Override
    public boolean reschedule(String jobId, String owner, Instant runAt) {
        return db.withHandle(h -> h.createUpdate("""
                        UPDATE jobs SET run_at = :run_at, lease_owner = NULL, lease_until = NULL
                        WHERE id = :id AND lease_owner = :owner""")
                .bind("id", jobId)
                .bind("owner", owner)
                .bind("run_at", Sql.ts(runAt))
                .execute()) > 0;
    }

    @Override
    public boolean extend(String jobId, String owner, Instant leasedUntil) {
        return db.withHandle(h -> h.createUpdate("""
                        UPDATE jobs SET lease_until = :lease_until WHERE id = :id AND lease_owner = :owner""")
                .bind("id", jobId)
                .bind("owner", owner)
                .bind("lease_until", Sql.ts(leasedUntil))
                .execute()) > 0;
    }

    @Override
    public Optional<Job> find(String jobId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM jobs WHERE id = :id")
                .bind("id", jobId)
                .map(MAPPER)
                .findOne());
    }

    /** One pass over the type's part of {@code jobs_claim_idx}. */
    @Override
    public Backlog backlog(String type, Instant now) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT count(*) AS depth, min(run_at) FILTER (WHERE run_at <= :now) AS oldest
                        FROM jobs WHERE type = :type""")
                .bind("type", type)
                .bind("now", Sql.ts(now))
                .map((rs, ctx) -> new Backlog(rs.getLong("depth"), Optional.ofNullable(Sql.instant(rs, "oldest"))))
                .one());
    }

    static final class JobMapper implements RowMapper<Job> {
        @Override
        public Job map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Job(rs.getString("id"), rs.getString("type"), rs.getString("organization_id"),
                    rs.getString("subject_id"), Sql.instant(rs, "run_at"), rs.getInt("attempts"),
                    rs.getString("lease_owner"), Sql.instant(rs, "lease_until"), Sql.instant(rs, "created_at"),
                    rs.getString("trace_parent"));
        }
    }
}
