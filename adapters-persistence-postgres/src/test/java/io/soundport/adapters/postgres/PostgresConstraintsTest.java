package io.soundport.adapters.postgres;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The unique constraints the adapters declare: that they are the schema's, and what a violation turns into. */
class PostgresConstraintsTest {
    /**
     * Constraints that keep the generic CONFLICT: Flyway's own, the keys of jobs and webhook messages, whose ids
     * the workers generate, so that a violation would be a bug of ours and not the caller's to correct, and the keys
     * of the rate-limit counters, the stream rollups and the campaign insights, which are only ever upserted, and of
     * the stream facts' keys, inserted with ON CONFLICT DO NOTHING (a key seen before is a duplicate, not an error). A
     * new table declares its constraints in its adapter; listing one here is a choice to make on purpose.
     */
    private static final Set<String> UNDECLARED = Set.of("flyway_schema_history_pk", "jobs_pkey",
            "webhook_messages_pkey", "rate_limit_counters_pkey", "stream_rollups_pkey", "stream_event_keys_pkey",
            "campaign_insights_pkey");

    private static UnableToExecuteStatementException uniqueViolation(String constraint) {
        ServerErrorMessage server = new ServerErrorMessage(
                "SERROR\0C23505\0Mduplicate key value violates unique constraint\0n" + constraint + "\0\0");
        return new UnableToExecuteStatementException(new PSQLException(server), null);
    }

    private static Set<String> schemaConstraints() throws SQLException {
        TestDatabase.Connection c = TestDatabase.connection();
        Set<String> names = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(c.url(), c.user(), c.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT c.conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                     WHERE n.nspname = current_schema() AND c.contype IN ('p', 'u')""")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    @Test
    void every_unique_constraint_of_the_schema_is_declared_by_the_adapter_of_its_table() throws SQLException {
        Set<String> declared = ((JdbiTransactionRunner) TestDatabase.persistence().transactions())
                .declaredConstraints();
        Set<String> schema = schemaConstraints();

        assertThat(schema).containsAll(declared);
        Set<String> undeclared = new HashSet<>(schema);
        undeclared.removeAll(declared);
        assertThat(undeclared).containsExactlyInAnyOrderElementsOf(UNDECLARED);
    }

    @Test
    void a_declared_constraint_is_a_conflict_with_its_message_and_field() {
        PostgresErrors errors = new PostgresErrors();
        errors.declare(new UniqueConstraint("things_name_key", "A thing with this name already exists", "name"));

        assertThat(errors.translate(uniqueViolation("things_name_key")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("A thing with this name already exists");
                    assertThat(e.details()).extracting(FieldError::field).containsExactly("name");
                });
    }

    @Test
    void an_undeclared_constraint_is_a_conflict_without_a_field() {
        PostgresErrors errors = new PostgresErrors();

        assertThat(errors.translate(uniqueViolation("things_name_key")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("This record already exists");
                    assertThat(e.details()).isEmpty();
                });
    }

    @Test
    void one_constraint_declared_with_two_meanings_is_refused() {
        PostgresErrors errors = new PostgresErrors();
        UniqueConstraint first = new UniqueConstraint("things_pkey", "A thing with this id already exists", "id");
        errors.declare(first);
        errors.declare(first);

        assertThatThrownBy(() -> errors.declare(new UniqueConstraint("things_pkey", "Another meaning", "id")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("things_pkey");
    }
}
