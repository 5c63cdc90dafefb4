package io.soundport.adapters.aws.sqs;

import io.soundport.adapters.local.InMemoryPersistence;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.TransactionRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link SqsJobs} and {@link SqsJobRelay} over the in-memory job table and ElasticMQ, the SQS API in-process. The
 * store's contract ({@code JobsContract}) moves time by hand; SQS keeps its own, so these tests run in real time with
 * leases of a second.
 */
class SqsJobsTest {
    private static final String TYPE = "notification.send";
    private static final String TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration SHORT_LEASE = Duration.ofSeconds(1);

    private static ElasticMq elasticMq;
    private static SqsClient sqs;

    private final InMemoryPersistence persistence = new InMemoryPersistence();
    private final Jobs store = persistence.jobs();
    private final AfterCommit tx = new AfterCommit(persistence.transactions());
    private final SqsJobQueues queues = new SqsJobQueues(sqs, "t" + UUID.randomUUID().toString().substring(0, 8) + "-",
            2);
    private final SqsJobs jobs = new SqsJobs(store, queues, Set.of(TYPE), tx, Instant::now, Duration.ZERO);
    private final SqsJobRelay relay = new SqsJobRelay(store, queues, Set.of(TYPE), Instant::now);

    @BeforeAll
    static void start() {
        elasticMq = new ElasticMq();
        sqs = elasticMq.sqs;
    }

    @AfterAll
    static void stop() {
        elasticMq.close();
    }

    private static Job job(String type, Instant runAt) {
        String id = "job_" + UUID.randomUUID();
        return Job.due(id, type, "org_01JZZZZZZZZZZZZZZZZZZZZZZZ", "sub_" + id, runAt).inTrace(TRACE);
    }

    private Job enqueued(Instant runAt) {
        Job job = job(TYPE, runAt);
        tx.run(() -> jobs.enqueue(job));
        return job;
    }

    private List<Job> claim(String owner, Duration lease) {
        return jobs.claim(owner, Set.of(TYPE), Instant.now(), lease, 10);
    }

    /** Claims until something comes (a message delayed or whose lease ran out comes back within seconds). */
    private List<Job> awaitClaim(String owner, Duration lease) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<Job> claimed = claim(owner, lease);
            if (!claimed.isEmpty()) {
                return claimed;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nothing came back");
    }

    @Test
    void a_job_is_queued_in_the_store_relayed_to_sqs_claimed_there_whole_and_completed_once() {
        Job job = enqueued(Instant.now().minusSeconds(1));

        assertThat(claim("worker-a", LEASE)).as("not relayed yet").isEmpty();
        assertThat(jobs.backlog(TYPE, Instant.now()).depth()).isEqualTo(1);
        assertThat(relay.runOnce("relay", 100)).isEqualTo(1);
        assertThat(store.find(job.id())).as("gone from the store once SQS took it").isEmpty();
        assertThat(relay.runOnce("relay", 100)).isZero();

        Job claimed = claim("worker-a", LEASE).get(0);
        assertThat(claimed.id()).isEqualTo(job.id());
        assertThat(claimed.subjectId()).isEqualTo(job.subjectId());
        assertThat(claimed.traceParent()).isEqualTo(TRACE);
        assertThat(claimed.attempts()).as("the relay's claim is no attempt").isEqualTo(1);
        assertThat(claimed.leaseOwner()).isEqualTo("worker-a");
        assertThat(jobs.find(job.id())).contains(claimed);
        assertThat(claim("worker-b", LEASE)).as("leased").isEmpty();

        assertThat(jobs.complete(job.id(), "worker-b")).as("not the owner").isFalse();
        assertThat(tx.inTransaction(() -> jobs.complete(job.id(), "worker-a"))).isTrue();
        assertThat(jobs.complete(job.id(), "worker-a")).as("once").isFalse();
        assertThat(jobs.backlog(TYPE, Instant.now()).depth()).isZero();
    }

    @Test
    void a_transaction_that_rolls_back_leaves_the_job_to_come_back_when_its_lease_runs_out()
            throws InterruptedException {
        Job job = enqueued(Instant.now());
        relay.runOnce("relay", 100);
        claim("worker-a", SHORT_LEASE);

        assertThatThrownBy(() -> tx.run(() -> {
            jobs.complete(job.id(), "worker-a");
            throw new IllegalStateException("the work's own writes failed");
        })).isInstanceOf(IllegalStateException.class);

        Job again = awaitClaim("worker-b", LEASE).get(0);
        assertThat(again.id()).isEqualTo(job.id());
        assertThat(again.attempts()).isEqualTo(2);
    }

    @Test
    void an_extended_lease_keeps_the_message_from_other_workers_until_it_runs_out() throws InterruptedException {
        Job job = enqueued(Instant.now());
        relay.runOnce("relay", 100);
        claim("worker-a", SHORT_LEASE);

        assertThat(jobs.extend(job.id(), "worker-b", Instant.now().plusSeconds(4))).isFalse();
        assertThat(jobs.extend(job.id(), "worker-a", Instant.now().plusSeconds(4))).isTrue();
        Thread.sleep(SHORT_LEASE.toMillis() + 500);

        assertThat(claim("worker-b", LEASE)).as("the first lease ran out, the extended one did not").isEmpty();
        assertThat(jobs.holds(job.id(), "worker-a")).isTrue();
        assertThat(tx.inTransaction(() -> jobs.complete(job.id(), "worker-a"))).isTrue();
        assertThat(queues.depth(TYPE)).as("its message deleted with the commit").isZero();
    }

    @Test
    void a_job_rolled_back_with_its_transaction_never_reaches_sqs() {
        assertThatThrownBy(() -> tx.run(() -> {
            jobs.enqueue(job(TYPE, Instant.now()));
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(relay.runOnce("relay", 100)).isZero();
        assertThat(queues.depth(TYPE)).isZero();
    }

    @Test
    void a_job_rescheduled_soon_comes_back_delayed_with_its_attempts_and_one_rescheduled_later_waits_in_the_store()
            throws InterruptedException {
        Job soon = enqueued(Instant.now());
        Job later = enqueued(Instant.now());
        relay.runOnce("relay", 100);
        List<Job> claimed = claim("worker-a", LEASE);
        assertThat(claimed).hasSize(2);

        Instant inTwoSeconds = Instant.now().plusSeconds(2);
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
        tx.run(() -> {
            assertThat(jobs.reschedule(soon.id(), "worker-a", inTwoSeconds)).isTrue();
            assertThat(jobs.reschedule(later.id(), "worker-a", inAnHour)).isTrue();
        });

        assertThat(claim("worker-b", LEASE)).as("not due yet").isEmpty();
        assertThat(store.find(later.id())).get().satisfies(stored -> {
            assertThat(stored.runAt()).isEqualTo(inAnHour);
            assertThat(stored.attempts()).isEqualTo(1);
            assertThat(stored.traceParent()).isEqualTo(TRACE);
        });
        Job again = awaitClaim("worker-b", LEASE).get(0);
        assertThat(again.id()).isEqualTo(soon.id());
        assertThat(again.runAt()).isEqualTo(inTwoSeconds);
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(again.traceParent()).isEqualTo(TRACE);
        assertThat(Instant.now()).isAfterOrEqualTo(inTwoSeconds.minusSeconds(1));
        assertThat(queues.deadLetters(TYPE)).as("a reschedule is a new message, not a receive more").isZero();
    }

    @Test
    void a_lease_that_ran_out_is_no_longer_held_and_the_job_is_claimed_again() throws InterruptedException {
        Job job = enqueued(Instant.now());
        relay.runOnce("relay", 100);
        claim("worker-a", SHORT_LEASE);
        Thread.sleep(1_100);

        assertThat(jobs.holds(job.id(), "worker-a")).isFalse();
        assertThat(jobs.find(job.id())).as("still known until the next claim").isPresent();
        jobs.claim("worker-c", Set.of("webhook.send"), Instant.now(), LEASE, 10);
        assertThat(jobs.find(job.id())).as("forgotten at the next claim: its message is SQS's again").isEmpty();
        assertThat(jobs.complete(job.id(), "worker-a")).isFalse();
        assertThat(jobs.reschedule(job.id(), "worker-a", Instant.now())).isFalse();
        assertThat(awaitClaim("worker-b", LEASE)).singleElement().extracting(Job::attempts).isEqualTo(2);
    }

    @Test
    void a_job_its_workers_keep_dying_on_ends_in_the_dead_letters_which_are_taken_and_discarded()
            throws InterruptedException {
        Job job = enqueued(Instant.now());
        relay.runOnce("relay", 100);
        claim("worker-a", SHORT_LEASE);
        awaitClaim("worker-b", SHORT_LEASE);
        Thread.sleep(1_100);

        assertThat(claim("worker-c", LEASE)).as("received twice, the most the queue allows: dead").isEmpty();
        assertThat(jobs.count(TYPE)).isEqualTo(1);
        List<Job> dead = jobs.take(TYPE, "drain", LEASE, 10);
        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(job.id());
            assertThat(d.subjectId()).isEqualTo(job.subjectId());
        });
        assertThat(jobs.take(TYPE, "drain-2", LEASE, 10)).as("held by the first").isEmpty();
        assertThat(jobs.discard(job.id(), "drain-2")).isFalse();
        assertThat(tx.inTransaction(() -> jobs.discard(job.id(), "drain"))).isTrue();
        assertThat(jobs.count(TYPE)).isZero();
        assertThat(jobs.take("webhook.send", "drain", LEASE, 10)).as("a type not on SQS has none").isEmpty();
    }

    @Test
    void types_not_on_sqs_stay_in_the_store() {
        Job local = job("webhook.send", Instant.now().minusSeconds(1));
        tx.run(() -> jobs.enqueue(local));

        assertThat(relay.runOnce("relay", 100)).isZero();
        List<Job> claimed = jobs.claim("worker-a", Set.of("webhook.send"), Instant.now(), LEASE, 10);
        assertThat(claimed).extracting(Job::id).containsExactly(local.id());
        assertThat(jobs.complete(local.id(), "worker-a")).isTrue();
        assertThat(store.find(local.id())).isEmpty();
    }

    @Test
    void a_job_received_by_someone_else_is_adopted_and_completed_here() {
        Job job = enqueued(Instant.now());
        relay.runOnce("relay", 100);
        SqsJobQueues.Received received = queues.receive(TYPE, "lambda", LEASE, 10, Instant.now()).get(0);

        jobs.adopt(received.job(), received.receiptHandle());

        assertThat(jobs.holds(job.id(), "lambda")).isTrue();
        assertThat(jobs.complete(job.id(), "lambda")).isTrue();
        assertThat(jobs.holds(job.id(), "lambda")).isFalse();
        assertThat(queues.depth(TYPE)).isZero();
    }

    @Test
    void a_claim_larger_than_one_receive_takes_several() {
        List<Job> queued = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            queued.add(job(TYPE, Instant.now()));
        }
        tx.run(() -> jobs.enqueueAll(queued));
        relay.runOnce("relay", 100);

        List<Job> claimed = jobs.claim("worker-a", Set.of(TYPE), Instant.now(), LEASE, 25);

        assertThat(claimed).extracting(Job::id).doesNotHaveDuplicates()
                .hasSizeGreaterThan(10).allMatch(id -> queued.stream().anyMatch(q -> q.id().equals(id)));
    }
}
