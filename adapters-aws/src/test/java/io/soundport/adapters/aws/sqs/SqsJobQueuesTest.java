package io.soundport.adapters.aws.sqs;

import io.soundport.adapters.aws.AwsClients;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.shared.DomainException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link SqsJobQueues} against ElasticMQ, the SQS API in-process: its real queues, visibility and redrive. */
class SqsJobQueuesTest {
    private static ElasticMq elasticMq;
    private static SqsClient sqs;

    @BeforeAll
    static void start() {
        elasticMq = new ElasticMq();
        sqs = elasticMq.sqs;
    }

    @AfterAll
    static void stop() {
        elasticMq.close();
    }

    private static SqsJobQueues queues(int maxReceives) {
        return new SqsJobQueues(sqs, "t" + UUID.randomUUID().toString().substring(0, 8) + "-", maxReceives);
    }

    private static Job job(String type, Instant runAt) {
        String id = "job_" + UUID.randomUUID();
        return Job.due(id, type, "org_01JZZZZZZZZZZZZZZZZZZZZZZZ", "sub_" + id, runAt)
                .inTrace("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    }

    @Test
    void a_queue_per_job_type_is_named_from_the_prefix_and_a_name_sqs_refuses_is_refused() {
        assertThat(SqsJobQueues.queueName("soundport-", "webhook.send")).isEqualTo("soundport-webhook-send");
        assertThatThrownBy(() -> SqsJobQueues.queueName("sound port ", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sent_jobs_are_received_whole_under_a_lease_and_complete_once() {
        SqsJobQueues queues = queues(5);
        Instant now = Instant.now();
        List<Job> sent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sent.add(job("notification.send", now));
        }
        queues.send(sent, now);

        List<SqsJobQueues.Received> first = queues.receive("notification.send", "worker-1", Duration.ofMinutes(1), 10,
                now);
        List<SqsJobQueues.Received> second = queues.receive("notification.send", "worker-2", Duration.ofMinutes(1), 10,
                now);

        List<Job> received = new ArrayList<>();
        first.forEach(r -> received.add(r.job()));
        second.forEach(r -> received.add(r.job()));
        assertThat(received).as("all twelve, each once, while leased").hasSize(12)
                .extracting(Job::id).containsExactlyInAnyOrderElementsOf(sent.stream().map(Job::id).toList());
        Job one = first.get(0).job();
        Job original = sent.stream().filter(j -> j.id().equals(one.id())).findFirst().orElseThrow();
        assertThat(one.subjectId()).isEqualTo(original.subjectId());
        assertThat(one.organizationId()).isEqualTo(original.organizationId());
        assertThat(one.traceParent()).isEqualTo(original.traceParent());
        assertThat(one.attempts()).isEqualTo(1);
        assertThat(one.leaseOwner()).isEqualTo("worker-1");
        assertThat(queues.complete("notification.send", first.get(0).receiptHandle())).isTrue();
        assertThat(queues.depth("notification.send")).isEqualTo(11);
    }

    @Test
    void a_postponed_job_comes_back_with_one_more_attempt_and_a_job_never_completed_ends_in_the_dead_letters()
            throws InterruptedException {
        SqsJobQueues queues = queues(2);
        Instant now = Instant.now();
        queues.send(List.of(job("webhook.send", now)), now);

        SqsJobQueues.Received first = queues.receive("webhook.send", "w", Duration.ofMinutes(1), 10, now).get(0);
        assertThat(queues.postpone("webhook.send", first.receiptHandle(), Duration.ZERO)).isTrue();
        SqsJobQueues.Received again = awaitOne(queues, "webhook.send");
        assertThat(again.job().attempts()).isEqualTo(2);
        assertThat(queues.postpone("webhook.send", again.receiptHandle(), Duration.ZERO)).isTrue();

        assertThat(queues.receive("webhook.send", "w", Duration.ofMinutes(1), 10, now))
                .as("received twice: the third receive moves it to the dead-letter queue").isEmpty();
        assertThat(queues.deadLetters("webhook.send")).isEqualTo(1);
    }

    @Test
    void a_job_due_later_is_delayed_and_a_lost_handle_completes_nothing() {
        SqsJobQueues queues = queues(5);
        Instant now = Instant.now();
        queues.send(List.of(job("delivery.send", now.plusSeconds(600))), now);

        assertThat(queues.receive("delivery.send", "w", Duration.ofMinutes(1), 10, now)).as("not due").isEmpty();
        assertThat(queues.depth("delivery.send")).isEqualTo(1);
        queues.send(List.of(job("delivery.send", now)), now);
        SqsJobQueues.Received due = queues.receive("delivery.send", "w", Duration.ofMinutes(1), 10, now).get(0);
        assertThat(queues.complete("delivery.send", due.receiptHandle())).isTrue();
        assertThat(queues.postpone("delivery.send", due.receiptHandle(), Duration.ofSeconds(5)))
                .as("its message is gone").isFalse();
    }

    @Test
    void an_unreachable_sqs_is_an_integration_error() {
        SqsClient nowhere = AwsClients.sqs(AwsClients.Settings.of("eu-west-1")
                .withEndpoint(URI.create("http://127.0.0.1:9"), StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("x", "x")))
                .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(10)));
        SqsJobQueues queues = new SqsJobQueues(nowhere, "soundport-", 5);

        assertThatThrownBy(() -> queues.send(List.of(job("webhook.send", Instant.now())), Instant.now()))
                .isInstanceOf(DomainException.class).hasMessageContaining("SQS could not be reached");
        nowhere.close();
    }

    private static SqsJobQueues.Received awaitOne(SqsJobQueues queues, String type) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<SqsJobQueues.Received> received = queues.receive(type, "w", Duration.ofMinutes(1), 10, Instant.now());
            if (!received.isEmpty()) {
                return received.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("nothing came back");
    }
}
