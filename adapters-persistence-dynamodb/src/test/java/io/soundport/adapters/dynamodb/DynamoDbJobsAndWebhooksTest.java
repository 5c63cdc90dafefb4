package io.soundport.adapters.dynamodb;

import io.soundport.contracts.Fixtures;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookMessage;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What only the DynamoDB adapters of the job queue and of webhooks can get wrong: an index that trails the table,
 * idempotent writes inside a buffered unit of work, and a lease lost between a unit of work's answer and its commit.
 */
class DynamoDbJobsAndWebhooksTest {
    private static final Duration LEASE = Duration.ofSeconds(30);

    private static Organization newOrganization(DynamoDbPersistence db) {
        Organization org = Fixtures.organization();
        db.organizations().add(org);
        return org;
    }

    @Test
    void a_claim_refuses_what_a_trailing_index_still_shows_as_due() {
        RecordingDynamoDbClient client = new RecordingDynamoDbClient(TestDynamo.client());
        DynamoDbPersistence db = new DynamoDbPersistence(client, TestDynamo.persistence().tables());
        Organization org = newOrganization(db);
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        Job completed = Fixtures.job(org, type, now.minusSeconds(2));
        Job rescheduled = Fixtures.job(org, type, now.minusSeconds(1));
        db.jobs().enqueue(completed);
        db.jobs().enqueue(rescheduled);
        // the index as it is now: both jobs due and unleased
        QueryResponse before = client.query(r -> r.tableName(db.tables().jobs()).indexName(DynamoDbTables.JOBS_DUE)
                .keyConditionExpression("#t = :t").expressionAttributeNames(Map.of("#t", "type"))
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(type))));
        assertThat(before.items()).hasSize(2);
        assertThat(db.jobs().claim("worker-a", Set.of(type), now, LEASE, 10)).hasSize(2);
        assertThat(db.jobs().complete(completed.id(), "worker-a")).isTrue();
        assertThat(db.jobs().reschedule(rescheduled.id(), "worker-a", now.plusSeconds(3_600))).isTrue();

        client.queries = (request, response) -> DynamoDbTables.JOBS_DUE.equals(request.indexName()) ? before : response;

        assertThat(db.jobs().claim("worker-b", Set.of(type), now, LEASE, 10)).isEmpty();
        assertThat(db.jobs().find(completed.id())).isEmpty();
        assertThat(db.jobs().find(rescheduled.id())).hasValueSatisfying(job -> {
            assertThat(job.leaseOwner()).isNull();
            assertThat(job.runAt()).isEqualTo(now.plusSeconds(3_600));
        });
    }

    @Test
    void enqueuing_a_queued_id_in_a_unit_of_work_leaves_the_job_and_commits_the_rest() {
        DynamoDbPersistence db = TestDynamo.persistence();
        Organization org = newOrganization(db);
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        Job job = Fixtures.job(org, type, now.minusSeconds(1));
        db.jobs().enqueue(job);
        Job held = db.jobs().claim("worker-a", Set.of(type), now, LEASE, 1).get(0);
        Artist artist = Fixtures.artist(org);

        db.transactions().run(() -> {
            db.artists().add(artist);
            db.jobs().enqueue(job);
        });

        assertThat(db.artists().find(org.id(), artist.id())).contains(artist);
        assertThat(db.jobs().find(job.id())).contains(held);
    }

    @Test
    void completing_in_a_unit_of_work_whose_lease_is_taken_over_before_the_commit_writes_nothing() {
        DynamoDbPersistence db = TestDynamo.persistence();
        Organization org = newOrganization(db);
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        Job job = Fixtures.job(org, type, now.minusSeconds(1));
        db.jobs().enqueue(job);
        db.jobs().claim("worker-a", Set.of(type), now, LEASE, 1);
        Artist artist = Fixtures.artist(org);
        Instant afterLease = now.plus(LEASE).plusSeconds(1);

        assertThatThrownBy(() -> db.transactions().run(() -> {
            db.artists().add(artist);
            assertThat(db.jobs().complete(job.id(), "worker-a")).isTrue();
            // another instance takes the job over before this unit of work commits
            assertThat(db.jobs().claim("worker-b", Set.of(type), afterLease, LEASE, 1)).hasSize(1);
        })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));

        assertThat(db.artists().find(org.id(), artist.id())).isEmpty();
        assertThat(db.jobs().find(job.id())).hasValueSatisfying(j -> assertThat(j.leaseOwner()).isEqualTo("worker-b"));
        assertThat(db.transactions().inTransaction(() -> db.jobs().complete(job.id(), "worker-a"))).isFalse();
        assertThat(db.transactions().inTransaction(() -> db.jobs().reschedule(job.id(), "worker-b", afterLease)))
                .isTrue();
        assertThat(db.jobs().find(job.id())).hasValueSatisfying(j -> {
            assertThat(j.leaseOwner()).isNull();
            assertThat(j.runAt()).isEqualTo(afterLease);
        });
    }

    @Test
    void adding_a_message_twice_in_one_unit_of_work_or_again_in_another_adds_it_once() {
        DynamoDbPersistence db = TestDynamo.persistence();
        Organization org = newOrganization(db);
        WebhookEndpoint endpoint = Fixtures.webhookEndpoint(org);
        db.webhookEndpoints().add(endpoint);
        WebhookMessage message = Fixtures.webhookMessage(endpoint);
        WebhookMessage duplicate = WebhookMessage.pending(endpoint, message.eventId(), message.eventType(),
                message.body(), Fixtures.instant());

        List<Boolean> added = db.transactions().inTransaction(() ->
                List.of(db.webhookMessages().add(message), db.webhookMessages().add(duplicate)));
        Artist artist = Fixtures.artist(org);
        boolean again = db.transactions().inTransaction(() -> {
            db.artists().add(artist);
            return db.webhookMessages().add(duplicate);
        });

        assertThat(added).containsExactly(true, false);
        assertThat(again).isFalse();
        assertThat(db.artists().find(org.id(), artist.id())).contains(artist);
        assertThat(db.webhookMessages().find(org.id(), message.id())).contains(message);
        assertThat(db.webhookMessages().list(org.id(), endpoint.id(), PageRequest.first(10)).items())
                .containsExactly(message);
    }
}
