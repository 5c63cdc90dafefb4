package io.soundport.bootstrap;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.awssdk.v2_2.AwsSdkTelemetry;
import io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import javax.sql.DataSource;
import java.util.List;
import java.util.Objects;

/**
 * Client spans of database calls, children of the request's (or the worker's) span: on PostgreSQL one per
 * statement (its text with every literal replaced by {@code ?}, so no value of a row reaches a trace) and one per
 * connection taken from the pool; on DynamoDB one per call (operation and table). Only while spans are exported
 * ({@link TracingFactory.SpanExport}): without a collector the calls are not wrapped at all, as a span nobody
 * receives would still cost each statement its sanitizing and its context (about 7% of a release read's CPU).
 */
final class DatabaseTracing {
    private final OpenTelemetry openTelemetry;
    private final boolean exporting;

    DatabaseTracing(OpenTelemetry openTelemetry, boolean exporting) {
        this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
        this.exporting = exporting;
    }

    /** The pool, each statement and each connection taken from it a span; the pool itself when not exporting. */
    DataSource traced(DataSource dataSource) {
        if (!exporting) {
            return dataSource;
        }
        return JdbcTelemetry.builder(openTelemetry)
                .setStatementSanitizationEnabled(true)
                .build()
                .wrap(dataSource);
    }

    /** For a DynamoDB client: each call a span; none when not exporting. */
    List<ExecutionInterceptor> dynamoDbCalls() {
        return exporting ? List.of(AwsSdkTelemetry.create(openTelemetry).newExecutionInterceptor()) : List.of();
    }
}
