package io.soundport.adapters.dynamodb;

import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ten tables, their names under a prefix, and their creation on start: a table or a global index that is
 * missing is created, then waited for until ACTIVE; the rate-limit and entities tables get their TTL enabled. Local indexes can only be made with their table, so a table
 * found without them is refused rather than silently half-used.
 */
record DynamoDbTables(String entities, String outbox, String idempotency, String jobs, String webhookMessages,
                      String deliveries, String workflowExecutions, String rateLimits, String auditLog,
                      String notifications) {
    static final String DEFAULT_PREFIX = "soundport_";
    static final String LSI1 = "lsi1";
    static final String LSI2 = "lsi2";
    static final String LSI3 = "lsi3";
    static final String GSI1 = "gsi1";
    static final String OUTBOX_PENDING = "pending";
    static final String JOBS_DUE = "due";

    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_.-]{3,255}$");
    private static final Duration WAIT_LIMIT = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofMillis(250);
    /** Creating and describing tables, on start only, may take longer than the calls of a request. */
    static final Duration SCHEMA_CALL_TIMEOUT = Duration.ofSeconds(15);

    DynamoDbTables {
        for (String name : List.of(entities, outbox, idempotency, jobs, webhookMessages, deliveries,
                workflowExecutions, rateLimits, auditLog, notifications)) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a DynamoDB table name: 3 to 255 letters, "
                        + "digits, '_', '-' or '.'");
            }
        }
    }

    static DynamoDbTables withPrefix(String prefix) {
        String p = prefix == null ? DEFAULT_PREFIX : prefix.strip();
        return new DynamoDbTables(p + "entities", p + "outbox", p + "idempotency", p + "jobs",
                p + "webhook_messages", p + "deliveries", p + "workflow_executions", p + "rate_limits",
                p + "audit_log", p + "notifications");
    }

    /** The CreateTable requests of {@link #ensure}, in its order. */
    List<CreateTableRequest> definitions() {
        return List.of(entitiesTable(), outboxTable(), idempotencyTable(), jobsTable(), webhookMessagesTable(),
                keyedTable(deliveries), keyedTable(workflowExecutions), keyedTable(rateLimits), keyedTable(auditLog),
                keyedTable(notifications));
    }

    /** The TTL attribute (epoch seconds) of each table that has one, by table name. */
    Map<String, String> timeToLiveAttributes() {
        return Map.of(rateLimits, DynamoDbRateLimitStoreAdapter.TTL, entities, DynamoDbStreamFactsAdapter.TTL);
    }

    /** Creates what is missing and waits until every table and index is ACTIVE. */
    void ensure(DynamoDbClient client) {
        try {
            for (CreateTableRequest table : definitions()) {
                ensure(client, table);
                String ttl = timeToLiveAttributes().get(table.tableName());
                if (ttl != null) {
                    enableTimeToLive(client, table.tableName(), ttl);
                }
            }
        } catch (SdkException e) {
            throw DynamoDbErrors.translate(e);
        }
    }

    private static void ensure(DynamoDbClient client, CreateTableRequest wanted) {
        TableDescription table = describe(client, wanted.tableName());
        if (table == null) {
            try {
                client.createTable(wanted.toBuilder().overrideConfiguration(DynamoDbTables::schemaCall).build());
            } catch (ResourceInUseException e) {
                // another instance is creating it right now: wait for it below
            }
        } else {
            checkLocalIndexes(wanted, table);
            addMissingGlobalIndexes(client, wanted, table);
        }
        waitUntilActive(client, wanted.tableName());
    }

    /** Lets DynamoDB delete the items whose {@code attribute} (epoch seconds) has passed, unless it already does. */
    private static void enableTimeToLive(DynamoDbClient client, String table, String attribute) {
        TimeToLiveDescription ttl = client.describeTimeToLive(r -> r.tableName(table)
                .overrideConfiguration(DynamoDbTables::schemaCall)).timeToLiveDescription();
        TimeToLiveStatus status = ttl == null ? null : ttl.timeToLiveStatus();
        if (status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING) {
            return;
        }
        client.updateTimeToLive(r -> r.tableName(table).overrideConfiguration(DynamoDbTables::schemaCall)
                .timeToLiveSpecification(t -> t.attributeName(attribute).enabled(true)));
    }

    private static TableDescription describe(DynamoDbClient client, String name) {
        try {
            return client.describeTable(r -> r.tableName(name).overrideConfiguration(DynamoDbTables::schemaCall))
                    .table();
        } catch (ResourceNotFoundException e) {
            return null;
        }
    }

    private static void checkLocalIndexes(CreateTableRequest wanted, TableDescription table) {
        Set<String> present = table.hasLocalSecondaryIndexes()
                ? table.localSecondaryIndexes().stream().map(LocalSecondaryIndexDescription::indexName)
                        .collect(Collectors.toSet())
                : Set.of();
        for (LocalSecondaryIndex index : wanted.localSecondaryIndexes()) {
            if (!present.contains(index.indexName())) {
                throw new IllegalStateException("Table " + table.tableName() + " exists without its local index "
                        + index.indexName() + ", which DynamoDB can only add when the table is created; "
                        + "drop the table or choose another table prefix");
            }
        }
    }

    private static void addMissingGlobalIndexes(DynamoDbClient client, CreateTableRequest wanted,
                                                TableDescription table) {
        Set<String> present = table.hasGlobalSecondaryIndexes()
                ? table.globalSecondaryIndexes().stream().map(GlobalSecondaryIndexDescription::indexName)
                        .collect(Collectors.toSet())
                : Set.of();
        for (GlobalSecondaryIndex index : wanted.globalSecondaryIndexes()) {
            if (present.contains(index.indexName())) {
                continue;
            }
            waitUntilActive(client, wanted.tableName());
            client.updateTable(r -> r.tableName(wanted.tableName()).overrideConfiguration(DynamoDbTables::schemaCall)
                    .attributeDefinitions(wanted.attributeDefinitions())
                    .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName(index.indexName())
                            .keySchema(index.keySchema()).projection(index.projection()))));
        }
    }

    private static void waitUntilActive(DynamoDbClient client, String name) {
        long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
        while (true) {
            TableDescription table = describe(client, name);
            boolean ready = table != null && table.tableStatus() == TableStatus.ACTIVE
                    && (!table.hasGlobalSecondaryIndexes() || table.globalSecondaryIndexes().stream()
                    .allMatch(i -> i.indexStatus() == IndexStatus.ACTIVE));
            if (ready) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("DynamoDB table " + name + " did not become ACTIVE within "
                        + WAIT_LIMIT.toMinutes() + " minutes");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for DynamoDB table " + name, e);
            }
        }
    }

    private static void schemaCall(AwsRequestOverrideConfiguration.Builder call) {
        call.apiCallTimeout(SCHEMA_CALL_TIMEOUT).apiCallAttemptTimeout(SCHEMA_CALL_TIMEOUT);
    }

    CreateTableRequest entitiesTable() {
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (String[] lsi : new String[][]{{LSI1, Keys.LSI1}, {LSI2, Keys.LSI2}, {LSI3, Keys.LSI3}}) {
            locals.add(LocalSecondaryIndex.builder().indexName(lsi[0])
                    .keySchema(key(Keys.PK, KeyType.HASH), key(lsi[1], KeyType.RANGE))
                    .projection(projectAll()).build());
        }
        return CreateTableRequest.builder()
                .tableName(entities)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(Keys.PK), string(Keys.SK), string(Keys.LSI1), string(Keys.LSI2),
                        string(Keys.LSI3), string(Keys.GSI1_PK), string(Keys.GSI1_SK))
                .keySchema(key(Keys.PK, KeyType.HASH), key(Keys.SK, KeyType.RANGE))
                .localSecondaryIndexes(locals)
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(GSI1)
                        .keySchema(key(Keys.GSI1_PK, KeyType.HASH), key(Keys.GSI1_SK, KeyType.RANGE))
                        .projection(projectAll()).build())
                .build();
    }

    CreateTableRequest outboxTable() {
        return CreateTableRequest.builder()
                .tableName(outbox)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(Keys.PK), string(DynamoDbOutboxAdapter.PENDING),
                        string(DynamoDbOutboxAdapter.PENDING_ORDER))
                .keySchema(key(Keys.PK, KeyType.HASH))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(OUTBOX_PENDING)
                        .keySchema(key(DynamoDbOutboxAdapter.PENDING, KeyType.HASH),
                                key(DynamoDbOutboxAdapter.PENDING_ORDER, KeyType.RANGE))
                        .projection(projectAll()).build())
                .build();
    }

    CreateTableRequest idempotencyTable() {
        return CreateTableRequest.builder()
                .tableName(idempotency)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(Keys.PK), string(Keys.SK))
                .keySchema(key(Keys.PK, KeyType.HASH), key(Keys.SK, KeyType.RANGE))
                .build();
    }

    /** Jobs keyed by id; the global index {@code due} lists the jobs of one type by run time, oldest first. */
    CreateTableRequest jobsTable() {
        return CreateTableRequest.builder()
                .tableName(jobs)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(Keys.PK), string(DynamoDbJobsAdapter.TYPE),
                        string(DynamoDbJobsAdapter.DUE))
                .keySchema(key(Keys.PK, KeyType.HASH))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(JOBS_DUE)
                        .keySchema(key(DynamoDbJobsAdapter.TYPE, KeyType.HASH),
                                key(DynamoDbJobsAdapter.DUE, KeyType.RANGE))
                        .projection(projectAll()).build())
                .build();
    }

    /** Webhook messages, one partition per endpoint, and a pointer per message id; no index, so no size cap. */
    CreateTableRequest webhookMessagesTable() {
        return keyedTable(webhookMessages);
    }

    /**
     * A table keyed by ({@code pk}, {@code sk}) without any index, so that no partition has a size cap: webhook
     * messages, deliveries, workflow executions, the audit log, notifications.
     */
    static CreateTableRequest keyedTable(String name) {
        return CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(Keys.PK), string(Keys.SK))
                .keySchema(key(Keys.PK, KeyType.HASH), key(Keys.SK, KeyType.RANGE))
                .build();
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(Objects.requireNonNull(name)).keyType(type).build();
    }

    private static Projection projectAll() {
        return Projection.builder().projectionType(ProjectionType.ALL).build();
    }
}
