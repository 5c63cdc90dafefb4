package io.soundport.bootstrap;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.awssdk.v2_2.AwsSdkTelemetry;
import io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import javax.sql.DataSource;
import java.util.Objects;

/**
 * Client spans of database calls, children of the request's (or the worker's) span: on PostgreSQL one per
 * statement (its text with every literal replaced by {@code ?}, so no value of a row reaches a trace) and one per
 * connection taken from the pool; on DynamoDB one per call (operation and table). Without an OTLP endpoint the
 * sampler records none of them ({@link TracingFactory}), so they cost a few allocations per call.
 */
final class DatabaseTracing {
    private final OpenTelemetry openTelemetry;

    DatabaseTracing(OpenTelemetry openTelemetry) {
        this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
    }

    /** The pool, each statement and each connection taken from it a span. */
    DataSource traced(DataSource dataSource) {
        return JdbcTelemetry.builder(openTelemetry)
                .setStatementSanitizationEnabled(true)
                .build()
                .wrap(dataSource);
    }

    /** For a DynamoDB client: each call a span. */
    ExecutionInterceptor dynamoDbCalls() {
        return AwsSdkTelemetry.create(openTelemetry).newExecutionInterceptor();
    }
}
