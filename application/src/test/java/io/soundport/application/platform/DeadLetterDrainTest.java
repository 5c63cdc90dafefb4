package io.soundport.application.platform;

import io.soundport.adapters.local.InMemoryPersistence;
import io.soundport.application.shared.JobHandler;
import io.soundport.domain.jobs.DeadLetters;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.port.TransactionRunner;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadLetterDrainTest {
    private final TransactionRunner tx = new InMemoryPersistence().transactions();
    private final Queue dead = new Queue();

    private static Job job(String type) {
        return Job.due("job_" + System.nanoTime(), type, "org_1", "sub_1", Instant.EPOCH);
    }

    @Test
    void each_dead_job_is_given_up_by_the_handler_of_its_type_with_the_reason_and_then_discarded() {
        Handler webhooks = new Handler("webhook.send", false);
        Handler deliveries = new Handler("delivery.send", false);
        Job webhook = dead.add(job("webhook.send"));
        Job delivery = dead.add(job("delivery.send"));

        int drained = new DeadLetterDrain(dead, List.of(webhooks, deliveries), tx).runOnce("drain", 10);

        assertThat(drained).isEqualTo(2);
        assertThat(webhooks.abandoned).containsExactly(webhook.id() + ": " + DeadLetterDrain.REASON);
        assertThat(deliveries.abandoned).containsExactly(delivery.id() + ": " + DeadLetterDrain.REASON);
        assertThat(dead.jobs).isEmpty();
    }

    @Test
    void a_job_whose_handler_fails_stays_dead_lettered() {
        dead.add(job("notification.send"));

        assertThatThrownBy(() -> new DeadLetterDrain(dead, List.of(new Handler("notification.send", true)), tx)
                .runOnce("drain", 10)).isInstanceOf(IllegalStateException.class);

        assertThat(dead.jobs).hasSize(1);
    }

    /** Dead jobs in a map. */
    private final class Queue implements DeadLetters {
        final Map<String, Job> jobs = new LinkedHashMap<>();

        Job add(Job job) {
            jobs.put(job.id(), job);
            return job;
        }

        @Override
        public List<Job> take(String type, String owner, Duration lease, int limit) {
            return jobs.values().stream().filter(j -> j.type().equals(type)).limit(limit).toList();
        }

        @Override
        public boolean discard(String jobId, String owner) {
            return jobs.remove(jobId) != null;
        }

        @Override
        public long count(String type) {
            return jobs.values().stream().filter(j -> j.type().equals(type)).count();
        }
    }

    private static final class Handler implements JobHandler {
        final String type;
        final boolean fails;
        final List<String> abandoned = new ArrayList<>();

        Handler(String type, boolean fails) {
            this.type = type;
            this.fails = fails;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public int work(String owner, List<Job> claimed) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void abandon(Job job, String reason) {
            if (fails) {
                throw new IllegalStateException("the subject could not be read");
            }
            abandoned.add(job.id() + ": " + reason);
        }
    }
}
