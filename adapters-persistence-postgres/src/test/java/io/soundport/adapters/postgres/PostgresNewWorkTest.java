package io.soundport.adapters.postgres;

import io.soundport.contracts.Fixtures;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.port.NewWork;
import io.soundport.domain.shared.PublishedEvent;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listener behind {@link PostgresNewWork}: it listens again after its connection was cut, and a subscriber of
 * topics hears only of its own.
 */
class PostgresNewWorkTest {
    @Test
    void a_subscriber_of_a_job_type_is_not_woken_by_jobs_of_another_type_nor_by_events() throws Exception {
        TestDatabase.Connection c = TestDatabase.connection();
        try (PostgresPersistence persistence = PostgresPersistence.start(c.url(), c.user(), c.password(), 2)) {
            String type = Fixtures.jobType();
            Semaphore wakes = new Semaphore(0);
            persistence.newWork().onNewWork(Set.of(NewWork.Topic.jobs(type)), wakes::release);
            assertThat(wakes.tryAcquire(5, TimeUnit.SECONDS)).as("woken once listening").isTrue();
            Organization org = Fixtures.organization();
            persistence.organizations().add(org);
            PublishedEvent event = Fixtures.event(org);

            persistence.jobs().enqueue(Fixtures.job(org, Fixtures.jobType(), Fixtures.instant()));
            persistence.transactions().run(() -> persistence.outbox().append(event));

            assertThat(wakes.tryAcquire(2, TimeUnit.SECONDS)).as("woken by work not its own").isFalse();
            persistence.jobs().enqueue(Fixtures.job(org, type, Fixtures.instant()));
            assertThat(wakes.tryAcquire(5, TimeUnit.SECONDS)).as("woken by a job of its type").isTrue();
            persistence.outbox().markDispatched(List.of(event.id()));
        }
    }

    @Test
    void a_notification_names_its_topic_and_one_it_does_not_know_wakes_everyone() {
        assertThat(PostgresNewWork.topicOf("outbox_events")).isEqualTo(NewWork.Topic.EVENTS);
        assertThat(PostgresNewWork.topicOf("jobs:webhook.send")).isEqualTo(NewWork.Topic.jobs("webhook.send"));
        assertThat(PostgresNewWork.topicOf("jobs")).isNull();
        assertThat(PostgresNewWork.topicOf("jobs:")).isNull();
        assertThat(PostgresNewWork.topicOf(null)).isNull();
    }

    @Test
    void a_listener_whose_connection_was_cut_listens_again_and_hears_the_next_job() throws Exception {
        TestDatabase.Connection c = TestDatabase.connection();
        try (PostgresPersistence persistence = PostgresPersistence.start(c.url(), c.user(), c.password(), 2)) {
            Semaphore wakes = new Semaphore(0);
            persistence.newWork().onNewWork(wakes::release);
            assertThat(wakes.tryAcquire(5, TimeUnit.SECONDS)).as("woken once listening").isTrue();

            try (java.sql.Connection admin = DriverManager.getConnection(c.url(), c.user(), c.password());
                 Statement cut = admin.createStatement();
                 ResultSet killed = cut.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         + "WHERE application_name = 'soundport-listener' AND query LIKE 'LISTEN%'")) {
                assertThat(killed.next()).as("a listening connection to cut").isTrue();
            }
            // once listening again, it wakes its subscribers for whatever it may have missed
            assertThat(wakes.tryAcquire(10, TimeUnit.SECONDS)).as("woken on listening again").isTrue();
            wakes.drainPermits();

            Organization org = Fixtures.organization();
            persistence.organizations().add(org);
            persistence.jobs().enqueue(Fixtures.job(org, Fixtures.jobType(), Fixtures.instant()));

            assertThat(wakes.tryAcquire(5, TimeUnit.SECONDS)).as("woken by the job").isTrue();
        }
    }
}
