package io.soundport.adapters.postgres;

import io.soundport.contracts.Fixtures;
import io.soundport.domain.identity.Organization;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The listener behind {@link PostgresNewWork}: it listens again after its connection was cut. */
class PostgresNewWorkTest {
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
