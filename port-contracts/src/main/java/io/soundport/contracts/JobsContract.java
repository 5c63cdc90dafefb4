package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.Backlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every adapter of {@link Jobs} must do. The queue is shared by every organization and every test, so each
 * test enqueues jobs of a type of its own ({@link Fixtures#jobType()}) and claims only that type. Claims take the
 * time as an argument, so that leases run out without waiting, except in the test of concurrent workers.
 */
public abstract class JobsContract {
    private static final Duration LEASE = Duration.ofSeconds(30);

    protected abstract PersistencePorts ports();

    private Jobs jobs() {
        return ports().jobs();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private Job enqueued(Organization org, String type, Instant runAt) {
        Job job = Fixtures.job(org, type, runAt);
        jobs().enqueue(job);
        return job;
    }

    /** How many jobs of the type are queued; the time of the backlog does not change it. */
    private long depth(String type) {
        return jobs().backlog(type, Fixtures.instant()).depth();
    }

    private static Job leased(Job job, String owner, Instant now, Duration lease, int attempts) {
        return new Job(job.id(), job.type(), job.organizationId(), job.subjectId(), job.runAt(), attempts, owner,
                now.plus(lease), job.createdAt(), job.traceParent());
    }

    @Test
    void finds_an_enqueued_job_with_every_field() {
        Organization org = newOrganization();
        Instant runAt = Fixtures.instant();
        Job job = new Job(Fixtures.id("job"), Fixtures.jobType(), org.id().value(), Fixtures.id("msg"), runAt, 0,
                null, null, runAt.minusSeconds(5));

        jobs().enqueue(job);

        assertThat(jobs().find(job.id())).contains(job);
        assertThat(jobs().find(Fixtures.id("job"))).isEmpty();
    }

    @Test
    void a_job_keeps_the_trace_it_was_queued_in_through_claims_and_reschedules() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        String trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Job job = Fixtures.job(org, type, now.minusSeconds(1)).inTrace(trace);
        jobs().enqueue(job);

        assertThat(jobs().find(job.id())).contains(job);
        assertThat(jobs().claim("worker-a", Set.of(type), now, LEASE, 10)).singleElement()
                .extracting(Job::traceParent).isEqualTo(trace);
        assertThat(jobs().reschedule(job.id(), "worker-a", now.plusSeconds(5))).isTrue();
        assertThat(jobs().claim("worker-b", Set.of(type), now.plusSeconds(5), LEASE, 10)).singleElement()
                .extracting(Job::traceParent).isEqualTo(trace);
    }

    @Test
    void enqueuing_the_same_id_twice_keeps_the_first_job() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Job first = enqueued(org, type, Fixtures.instant());
        Job again = new Job(first.id(), type, org.id().value(), Fixtures.id("msg"), Fixtures.instant(), 0, null,
                null, Fixtures.instant());

        jobs().enqueue(again);

        assertThat(jobs().find(first.id())).contains(first);
        assertThat(depth(type)).isEqualTo(1);
    }

    @Test
    void enqueues_a_batch_more_than_one_statement_long_keeping_jobs_already_queued() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        Job queued = enqueued(org, type, now);
        List<Job> batch = new ArrayList<>();
        batch.add(new Job(queued.id(), type, org.id().value(), Fixtures.id("msg"), now.plusSeconds(60), 0, null,
                null, now));
        for (int i = 0; i < 249; i++) {
            batch.add(Fixtures.job(org, type, now.minusSeconds(i)).inTrace(
                    "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        }

        jobs().enqueueAll(batch);

        assertThat(depth(type)).isEqualTo(250);
        assertThat(jobs().find(queued.id())).contains(queued);
        for (Job job : batch.subList(1, batch.size())) {
            assertThat(jobs().find(job.id())).contains(job);
        }
        jobs().enqueueAll(List.of());
        assertThat(depth(type)).isEqualTo(250);
    }

    @Test
    void claims_only_due_jobs_of_the_given_types_the_oldest_run_at_first() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        String otherType = Fixtures.jobType();
        Instant now = Fixtures.instant();
        Job middle = enqueued(org, type, now.minusSeconds(2));
        Job oldest = enqueued(org, type, now.minusSeconds(3));
        Job dueNow = enqueued(org, type, now);
        Job later = enqueued(org, type, now.plusSeconds(3_600));
        Job ofOtherType = enqueued(org, otherType, now.minusSeconds(10));

        List<Job> claimed = jobs().claim("worker-a", Set.of(type), now, LEASE, 10);

        assertThat(claimed).containsExactly(
                leased(oldest, "worker-a", now, LEASE, 1),
                leased(middle, "worker-a", now, LEASE, 1),
                leased(dueNow, "worker-a", now, LEASE, 1));
        assertThat(jobs().find(later.id())).contains(later);
        assertThat(jobs().find(ofOtherType.id())).contains(ofOtherType);
        assertThat(jobs().claim("worker-b", Set.of(type, otherType), now, LEASE, 10))
                .containsExactly(leased(ofOtherType, "worker-b", now, LEASE, 1));
    }

    @Test
    void stores_the_lease_of_a_claimed_job() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        Job job = enqueued(org, type, now.minusSeconds(1));

        jobs().claim("worker-a", Set.of(type), now, LEASE, 1);

        assertThat(jobs().find(job.id())).contains(leased(job, "worker-a", now, LEASE, 1));
    }

    @Test
    void claims_at_most_the_number_asked_the_oldest_first() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        List<Job> queued = new ArrayList<>();
        for (int i = 5; i > 0; i--) {
            queued.add(enqueued(org, type, now.minusSeconds(i)));
        }

        List<Job> first = jobs().claim("worker-a", Set.of(type), now, LEASE, 2);
        List<Job> second = jobs().claim("worker-a", Set.of(type), now, LEASE, 2);
        List<Job> third = jobs().claim("worker-a", Set.of(type), now, LEASE, 2);

        assertThat(first).extracting(Job::id).containsExactly(queued.get(0).id(), queued.get(1).id());
        assertThat(second).extracting(Job::id).containsExactly(queued.get(2).id(), queued.get(3).id());
        assertThat(third).extracting(Job::id).containsExactly(queued.get(4).id());
        assertThat(jobs().claim("worker-a", Set.of(type), now, LEASE, 2)).isEmpty();
    }

    @Test
    void a_leased_job_is_claimed_again_only_once_its_lease_ran_out_and_then_the_first_owner_lost_it() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        Job job = enqueued(org, type, now.minusSeconds(1));
        assertThat(jobs().claim("worker-a", Set.of(type), now, LEASE, 10)).hasSize(1);

        assertThat(jobs().claim("worker-b", Set.of(type), now.plusSeconds(10), LEASE, 10)).isEmpty();
        Instant afterLease = now.plus(LEASE).plusSeconds(1);
        List<Job> takenOver = jobs().claim("worker-b", Set.of(type), afterLease, LEASE, 10);

        assertThat(takenOver).containsExactly(leased(job, "worker-b", afterLease, LEASE, 2));
        assertThat(jobs().complete(job.id(), "worker-a")).isFalse();
        assertThat(jobs().reschedule(job.id(), "worker-a", afterLease.plusSeconds(60))).isFalse();
        assertThat(jobs().find(job.id())).contains(leased(job, "worker-b", afterLease, LEASE, 2));
        assertThat(jobs().complete(job.id(), "worker-b")).isTrue();
        assertThat(jobs().find(job.id())).isEmpty();
    }

    @Test
    void a_rescheduled_job_is_unleased_and_due_again_at_the_new_time() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        Job job = enqueued(org, type, now.minusSeconds(1));
        jobs().claim("worker-a", Set.of(type), now, LEASE, 10);
        Instant retryAt = now.plusSeconds(60);

        assertThat(jobs().reschedule(job.id(), "worker-a", retryAt)).isTrue();

        Job rescheduled = new Job(job.id(), type, job.organizationId(), job.subjectId(), retryAt, 1, null, null,
                job.createdAt());
        assertThat(jobs().find(job.id())).contains(rescheduled);
        assertThat(jobs().claim("worker-b", Set.of(type), retryAt.minusSeconds(1), LEASE, 10)).isEmpty();
        assertThat(jobs().claim("worker-b", Set.of(type), retryAt, LEASE, 10))
                .containsExactly(leased(rescheduled, "worker-b", retryAt, LEASE, 2));
    }

    @Test
    void a_completed_job_is_gone() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        Job job = enqueued(org, type, now.minusSeconds(1));
        jobs().claim("worker-a", Set.of(type), now, LEASE, 10);

        assertThat(jobs().complete(job.id(), "worker-a")).isTrue();

        assertThat(jobs().find(job.id())).isEmpty();
        assertThat(depth(type)).isZero();
        assertThat(jobs().complete(job.id(), "worker-a")).isFalse();
        assertThat(jobs().claim("worker-a", Set.of(type), now.plus(LEASE).plusSeconds(1), LEASE, 10)).isEmpty();
    }

    @Test
    void completes_many_held_jobs_at_once_and_leaves_those_it_does_not_hold() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        List<Job> mine = List.of(enqueued(org, type, now.minusSeconds(3)), enqueued(org, type, now.minusSeconds(2)),
                enqueued(org, type, now.minusSeconds(1)));
        assertThat(jobs().claim("worker-a", Set.of(type), now, LEASE, 3)).hasSize(3);
        Job theirs = enqueued(org, type, now);
        assertThat(jobs().claim("worker-b", Set.of(type), now, LEASE, 10)).extracting(Job::id)
                .containsExactly(theirs.id());
        Job unclaimed = enqueued(org, type, now.plusSeconds(3_600));
        List<String> asked = new ArrayList<>(mine.stream().map(Job::id).toList());
        asked.addAll(List.of(theirs.id(), unclaimed.id(), Fixtures.id("job")));

        Set<String> completed = jobs().completeAll(asked, "worker-a");

        assertThat(completed).containsExactlyInAnyOrderElementsOf(mine.stream().map(Job::id).toList());
        mine.forEach(job -> assertThat(jobs().find(job.id())).isEmpty());
        assertThat(jobs().find(theirs.id())).contains(leased(theirs, "worker-b", now, LEASE, 1));
        assertThat(jobs().find(unclaimed.id())).contains(unclaimed);
        assertThat(jobs().completeAll(asked, "worker-a")).isEmpty();
        assertThat(jobs().completeAll(List.of(), "worker-a")).isEmpty();
    }

    @Test
    void a_batch_completion_by_an_owner_whose_lease_ran_out_and_was_taken_over_removes_nothing() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        Job first = enqueued(org, type, now.minusSeconds(2));
        Job second = enqueued(org, type, now.minusSeconds(1));
        assertThat(jobs().claim("worker-a", Set.of(type), now, LEASE, 10)).hasSize(2);
        Instant afterLease = now.plus(LEASE).plusSeconds(1);
        assertThat(jobs().claim("worker-b", Set.of(type), afterLease, LEASE, 10)).extracting(Job::id)
                .containsExactly(first.id(), second.id());

        assertThat(jobs().completeAll(List.of(first.id(), second.id()), "worker-a")).isEmpty();

        assertThat(jobs().completeAll(List.of(first.id(), second.id()), "worker-b"))
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(depth(type)).isZero();
    }

    @Test
    void only_the_owner_of_a_lease_completes_or_reschedules_a_job() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        Job unclaimed = enqueued(org, type, now.plusSeconds(3_600));
        Job job = enqueued(org, type, now.minusSeconds(1));
        jobs().claim("worker-a", Set.of(type), now, LEASE, 10);

        assertThat(jobs().complete(unclaimed.id(), "worker-a")).isFalse();
        assertThat(jobs().reschedule(unclaimed.id(), "worker-a", now)).isFalse();
        assertThat(jobs().complete(job.id(), "worker-b")).isFalse();
        assertThat(jobs().reschedule(job.id(), "worker-b", now)).isFalse();
        assertThat(jobs().complete(Fixtures.id("job"), "worker-a")).isFalse();
        assertThat(jobs().reschedule(Fixtures.id("job"), "worker-a", now)).isFalse();

        assertThat(jobs().find(unclaimed.id())).contains(unclaimed);
        assertThat(jobs().find(job.id())).contains(leased(job, "worker-a", now, LEASE, 1));
    }

    @Test
    void the_owner_extends_its_lease_and_no_one_else_claims_the_job_until_it_runs_out() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        Job job = enqueued(org, type, now.minusSeconds(1));
        jobs().claim("worker-a", Set.of(type), now, LEASE, 10);
        Instant later = now.plus(LEASE).plusSeconds(60);

        assertThat(jobs().extend(job.id(), "worker-b", later)).isFalse();
        assertThat(jobs().extend(job.id(), "worker-a", later)).isTrue();

        assertThat(jobs().find(job.id())).contains(new Job(job.id(), type, job.organizationId(), job.subjectId(),
                job.runAt(), 1, "worker-a", later, job.createdAt(), job.traceParent()));
        assertThat(jobs().claim("worker-b", Set.of(type), now.plus(LEASE).plusSeconds(1), LEASE, 10))
                .as("the first lease ran out, the extended one did not").isEmpty();
        assertThat(jobs().claim("worker-b", Set.of(type), later.plusSeconds(1), LEASE, 10))
                .extracting(Job::id).containsExactly(job.id());
        assertThat(jobs().extend(job.id(), "worker-a", later.plusSeconds(600)))
                .as("taken over: its old owner cannot keep it").isFalse();
        assertThat(jobs().extend(Fixtures.id("job"), "worker-a", later)).isFalse();
    }

    @Test
    void counts_the_due_and_the_later_jobs_of_one_type() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        enqueued(org, type, now.minusSeconds(1));
        enqueued(org, type, now.plusSeconds(3_600));
        enqueued(org, type, now.minusSeconds(2));
        enqueued(org, Fixtures.jobType(), now);
        jobs().claim("worker-a", Set.of(type), now, LEASE, 1);

        assertThat(depth(type)).isEqualTo(3);
        assertThat(depth(Fixtures.jobType())).isZero();
    }

    @Test
    void the_backlog_of_a_type_is_its_depth_and_its_oldest_due_run_time_a_job_being_worked_included() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        assertThat(jobs().backlog(type, now)).isEqualTo(Backlog.EMPTY);

        Job oldest = enqueued(org, type, now.minusSeconds(3));
        Job younger = enqueued(org, type, now.minusSeconds(1));
        enqueued(org, type, now.plusSeconds(3_600));
        enqueued(org, Fixtures.jobType(), now.minusSeconds(60));

        Backlog backlog = jobs().backlog(type, now);
        assertThat(backlog.depth()).isEqualTo(3);
        assertThat(backlog.oldest()).contains(oldest.runAt());
        assertThat(backlog.age(now)).isEqualTo(Duration.ofSeconds(3));

        // a job a worker holds still waits to be done: a stuck worker shows as a growing age
        assertThat(jobs().claim("worker-a", Set.of(type), now, LEASE, 1)).extracting(Job::id).containsExactly(oldest.id());
        assertThat(jobs().backlog(type, now).oldest()).contains(oldest.runAt());

        jobs().complete(oldest.id(), "worker-a");
        assertThat(jobs().backlog(type, now)).isEqualTo(new Backlog(2, Optional.of(younger.runAt())));
        // before any of them is due, the queue is deep but nothing waits
        Backlog early = jobs().backlog(type, now.minusSeconds(10));
        assertThat(early.depth()).isEqualTo(2);
        assertThat(early.oldest()).isEmpty();
        assertThat(early.age(now.minusSeconds(10))).isZero();
    }

    @Test
    void jobs_enqueued_in_a_committed_transaction_are_queued() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Job first = Fixtures.job(org, type, Fixtures.instant());
        Job second = Fixtures.job(org, type, Fixtures.instant());

        ports().transactions().run(() -> {
            jobs().enqueue(first);
            jobs().enqueue(second);
        });

        assertThat(jobs().find(first.id())).contains(first);
        assertThat(jobs().find(second.id())).contains(second);
        assertThat(depth(type)).isEqualTo(2);
    }

    @Test
    void a_job_enqueued_in_a_transaction_that_fails_is_not_queued() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Job job = Fixtures.job(org, type, Fixtures.instant());
        RuntimeException failure = new IllegalStateException("the work failed");

        assertThatThrownBy(() -> ports().transactions().run(() -> {
            jobs().enqueue(job);
            throw failure;
        })).isSameAs(failure);

        assertThat(jobs().find(job.id())).isEmpty();
        assertThat(depth(type)).isZero();
        assertThat(jobs().claim("worker-a", Set.of(type), job.runAt().plusSeconds(1), LEASE, 10)).isEmpty();
    }

    /** One lease of one job: who held it, from when until when. */
    private record Holding(String owner, Instant from, Instant until) {
        boolean overlaps(Holding other) {
            // A lease is held up to and including its end: a claim at exactly leaseUntil does not take it over.
            return !from.isAfter(other.until) && !other.from.isAfter(until);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void concurrent_workers_complete_every_job_exactly_once_and_never_hold_one_together() throws Exception {
        int jobCount = 1_000;
        int workers = 3;
        int batch = 5;
        Duration lease = Duration.ofMillis(1_500);
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant runAt = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < jobCount; i++) {
            jobs().enqueue(Fixtures.job(org, type, runAt.plus(i, ChronoUnit.MICROS)));
        }

        Map<String, Queue<Holding>> holdings = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> completions = new ConcurrentHashMap<>();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger nextWorker = new AtomicInteger();
        AtomicInteger dropped = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);

        Concurrently.run(workers, () -> {
            int index = nextWorker.getAndIncrement();
            String owner = "worker-" + index;
            // The first worker drops its first batch as if it had crashed: those jobs come back once their lease
            // ran out, so that taking over runs concurrently with ordinary claims.
            boolean crashOnce = index == 0;
            while (completed.get() < jobCount && System.nanoTime() < deadline) {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                List<Job> claimed = jobs().claim(owner, Set.of(type), now, lease, batch);
                if (claimed.isEmpty()) {
                    Thread.sleep(10);
                    continue;
                }
                for (Job job : claimed) {
                    assertThat(job.leaseOwner()).isEqualTo(owner);
                    assertThat(job.leaseUntil()).isEqualTo(now.plus(lease));
                    holdings.computeIfAbsent(job.id(), id -> new ConcurrentLinkedQueue<>())
                            .add(new Holding(owner, now, job.leaseUntil()));
                }
                if (crashOnce) {
                    crashOnce = false;
                    dropped.addAndGet(claimed.size());
                    continue;
                }
                // one worker completes each batch at once, the others job by job; a job is left out (false) when
                // this worker held it longer than its lease and another one took it over
                Set<String> done = index == 1 ? jobs().completeAll(claimed.stream().map(Job::id).toList(), owner)
                        : claimed.stream().map(Job::id).filter(id -> jobs().complete(id, owner))
                                .collect(Collectors.toSet());
                for (String id : done) {
                    completions.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
                    completed.incrementAndGet();
                }
            }
            return null;
        });

        assertThat(completions).hasSize(jobCount);
        assertThat(completions.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(completed.get()).isEqualTo(jobCount);
        assertThat(depth(type)).isZero();
        assertThat(holdings).hasSize(jobCount);
        List<String> heldTogether = new ArrayList<>();
        holdings.forEach((jobId, held) -> {
            List<Holding> leases = List.copyOf(held);
            for (int i = 0; i < leases.size(); i++) {
                for (int j = i + 1; j < leases.size(); j++) {
                    if (leases.get(i).overlaps(leases.get(j))) {
                        heldTogether.add(jobId + ": " + leases.get(i) + " and " + leases.get(j));
                    }
                }
            }
        });
        assertThat(heldTogether).isEmpty();
        assertThat(holdings.values().stream().mapToInt(Queue::size).sum())
                .as("every dropped job was claimed again")
                .isGreaterThanOrEqualTo(jobCount + dropped.get());
    }
}
