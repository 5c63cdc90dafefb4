package io.soundport.adapters.postgres;

import io.soundport.contracts.Fixtures;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookMessage;
import io.soundport.domain.webhooks.WebhookMessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook workers' hot statements read about as many rows as they return, however long the queue: a plan that
 * walks the whole backlog (a sort of every due job, every message of the organization) makes each claim slower as
 * the backlog grows, and a backlog then drains ever more slowly. The backlog comes in one burst, so the tables'
 * statistics are stale, as they are in a burst; each statement runs a few times first, so that PostgreSQL has
 * settled on the plan it keeps for the prepared statement. The rows read are this transaction's counts in
 * {@code pg_stat_xact_user_tables}.
 */
class PostgresQueueScansTest {
    private static final int BACKLOG = 2_000;
    private static final int RUNS_BEFORE = 8;

    private final PostgresPersistence ports = TestDatabase.persistence();
    private final JdbiTransactionRunner db = (JdbiTransactionRunner) ports.transactions();

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports.organizations().add(org);
        return org;
    }

    /** Rows of {@code table} read by {@code work}, run in a transaction of its own. */
    private long rowsRead(String table, Supplier<?> work) {
        return db.inTransaction(() -> {
            long before = read(table);
            work.get();
            return read(table) - before;
        });
    }

    private long read(String table) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)
                        FROM pg_stat_xact_user_tables WHERE relname = :table""")
                .bind("table", table)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L));
    }

    @Test
    void a_claim_of_one_type_reads_the_jobs_it_leases_not_the_backlog() {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Instant now = Fixtures.instant();
        List<Job> backlog = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            backlog.add(Fixtures.job(org, type, now.minusSeconds(BACKLOG - i)));
        }
        ports.jobs().enqueueAll(backlog);
        for (int i = 0; i < RUNS_BEFORE; i++) {
            assertThat(ports.jobs().claim("warm-up", Set.of(type), now, Duration.ofSeconds(30), 10)).hasSize(10);
        }

        long read = rowsRead("jobs", () -> ports.jobs().claim("worker", Set.of(type), now, Duration.ofSeconds(30), 10));

        assertThat(read).isLessThan(200);
    }

    @Test
    void finding_a_batch_of_messages_reads_those_messages_not_the_organizations_backlog() {
        Organization org = newOrganization();
        WebhookEndpoint endpoint = Fixtures.webhookEndpoint(org);
        ports.webhookEndpoints().add(endpoint);
        List<WebhookMessage> backlog = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            backlog.add(Fixtures.webhookMessage(endpoint));
        }
        ports.webhookMessages().addAll(backlog);
        List<WebhookMessageId> ids = new ArrayList<>();
        for (int run = 0; run <= RUNS_BEFORE; run++) {
            ids = backlog.subList(run * 20, run * 20 + 20).stream().map(WebhookMessage::id).toList();
            assertThat(ports.webhookMessages().findAll(org.id(), ids)).hasSize(20);
        }
        List<WebhookMessageId> last = ids;

        long read = rowsRead("webhook_messages", () -> ports.webhookMessages().findAll(org.id(), last));

        assertThat(read).isLessThan(200);
    }
}
