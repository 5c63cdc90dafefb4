package io.soundport.application.shared;

import io.soundport.adapters.local.InMemoryPersistence;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LeaseRenewalTest {
    private static final Duration LEASE = Duration.ofMillis(300);

    private final Jobs jobs = new InMemoryPersistence().jobs();

    private Job claimed(String type) {
        jobs.enqueue(Job.due("job_" + type, type, "org_1", "sub_1", Instant.now().minusSeconds(1)));
        return jobs.claim("worker-a", Set.of(type), Instant.now(), LEASE, 1).get(0);
    }

    @Test
    void work_longer_than_a_lease_keeps_its_job_until_it_ends_and_then_the_lease_runs_out() throws Exception {
        Job job = claimed("renewed");

        try (LeaseRenewal renewal = LeaseRenewal.start(jobs, Instant::now, new LeaseRenewal.Lease(job, "worker-a", LEASE))) {
            Thread.sleep(LEASE.toMillis() * 3);
            assertThat(jobs.claim("worker-b", Set.of("renewed"), Instant.now(), LEASE, 1))
                    .as("three leases later, still held").isEmpty();
        }
        Thread.sleep(LEASE.toMillis() * 2);

        assertThat(jobs.claim("worker-b", Set.of("renewed"), Instant.now(), LEASE, 1)).extracting(Job::id)
                .containsExactly(job.id());
    }

    @Test
    void a_lease_taken_over_is_not_taken_back() throws Exception {
        Job job = claimed("taken");
        Thread.sleep(LEASE.toMillis() + 50);
        Job takenOver = jobs.claim("worker-b", Set.of("taken"), Instant.now(), Duration.ofMinutes(1), 1).get(0);

        try (LeaseRenewal renewal = LeaseRenewal.start(jobs, Instant::now, new LeaseRenewal.Lease(job, "worker-a", LEASE))) {
            Thread.sleep(LEASE.toMillis());
        }

        assertThat(jobs.find(job.id()).orElseThrow().leaseOwner()).isEqualTo("worker-b");
        assertThat(jobs.find(job.id()).orElseThrow().leaseUntil()).isEqualTo(takenOver.leaseUntil());
    }
}
