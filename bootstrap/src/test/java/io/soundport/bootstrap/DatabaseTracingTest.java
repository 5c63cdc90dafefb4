package io.soundport.bootstrap;

import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Database calls are wrapped in spans only while spans are exported (OtlpExportTest checks the spans themselves). */
class DatabaseTracingTest {
    private final DataSource pool = new PGSimpleDataSource();

    @Test
    void without_a_collector_the_database_calls_are_not_wrapped() {
        DatabaseTracing tracing = new DatabaseTracing(OpenTelemetry.noop(), false);

        assertThat(tracing.traced(pool)).isSameAs(pool);
        assertThat(tracing.dynamoDbCalls()).isEmpty();
    }

    @Test
    void with_a_collector_each_call_is_wrapped() {
        DatabaseTracing tracing = new DatabaseTracing(OpenTelemetry.noop(), true);

        assertThat(tracing.traced(pool)).isNotSameAs(pool);
        assertThat(tracing.dynamoDbCalls()).hasSize(1);
    }
}
