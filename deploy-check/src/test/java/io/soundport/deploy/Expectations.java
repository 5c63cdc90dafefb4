package io.soundport.deploy;

import io.soundport.adapters.dynamodb.DynamoDbPersistence;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.soundport.deploy.Template.list;
import static io.soundport.deploy.Template.map;
import static org.assertj.core.api.Assertions.assertThat;

/** What every deployment must declare, taken from the code where the code says it, and checked alike in each. */
final class Expectations {
    static final String TABLE_PREFIX = "soundport_";
    static final String QUEUE_PREFIX = "soundport-";
    static final List<String> JOB_TYPES = List.of("webhook.send", "delivery.send", "notification.send", "event.publish");
    /** The handlers of the lambda module: these names are its contract with deploy/. */
    static final Set<String> HANDLERS = Set.of("io.soundport.lambda.HttpApiHandler",
            "io.soundport.lambda.ScheduledWorkHandler", "io.soundport.lambda.SqsWorkHandler");

    /** What the AWS adapters call (adapters-aws README) on the queues, the bucket, the bus, the key, SES and SNS. */
    static final Set<String> AWS_ACTIONS = Set.of(
            "sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility",
            "sqs:GetQueueAttributes", "sqs:GetQueueUrl",
            "s3:PutObject", "s3:GetObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts",
            "s3:ListBucket",
            "events:PutEvents", "kms:GenerateDataKey", "kms:Decrypt", "ses:SendEmail",
            "sns:Publish", "sns:CreatePlatformEndpoint");
    /**
     * What the DynamoDB adapter calls (transactions are authorized as their Put, Update and Delete); on tables it finds
     * declared it only describes them, never creates or updates them.
     */
    static final Set<String> DYNAMODB_ACTIONS = Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
            "dynamodb:DeleteItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchGetItem",
            "dynamodb:DescribeTable", "dynamodb:DescribeTimeToLive");
    /** Actions AWS cannot scope to a resource as we call them: an SMS goes to a phone number, which has no ARN. */
    static final Set<String> UNSCOPED = Set.of("sns:Publish");

    /** The settings the server reads on AWS, set on every function or container. */
    static final Set<String> ENVIRONMENT = Set.of("SOUNDPORT_CLOUD", "SOUNDPORT_PERSISTENCE", "SOUNDPORT_S3_BUCKET",
            "SOUNDPORT_SQS_QUEUE_PREFIX", "SOUNDPORT_EVENTBRIDGE_BUS", "SOUNDPORT_KMS_KEY_ID", "SOUNDPORT_SES_FROM",
            "SOUNDPORT_SES_CONFIGURATION_SET", "SOUNDPORT_SNS_SENDER_ID", "SOUNDPORT_SNS_PLATFORM_APPLICATION_ARN",
            "SOUNDPORT_PUBLIC_URL", "SOUNDPORT_JWT_SECRET", "SOUNDPORT_SECRETS_KEY");

    private Expectations() {
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    /** Each table the adapter would create, declared alike (keys, attributes, indexes, projections, TTL), and no other. */
    static void tablesMatchTheAdapter(Template template) {
        Map<String, Map<String, Object>> declared = new TreeMap<>();
        template.ofType("AWS::DynamoDB::Table").values()
                .forEach(p -> declared.put(template.name(p.get("TableName")), p));
        List<CreateTableRequest> wanted = DynamoDbPersistence.tableDefinitions(TABLE_PREFIX);
        Map<String, String> ttl = DynamoDbPersistence.timeToLiveAttributes(TABLE_PREFIX);

        assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(
                wanted.stream().map(CreateTableRequest::tableName).toList());
        for (CreateTableRequest table : wanted) {
            Map<String, Object> p = declared.get(table.tableName());
            assertThat(shape(p)).as(table.tableName()).isEqualTo(shape(table));
            assertThat(p.get("BillingMode")).as(table.tableName()).isEqualTo("PAY_PER_REQUEST");
            assertThat(map(p.get("PointInTimeRecoverySpecification")).get("PointInTimeRecoveryEnabled"))
                    .as(table.tableName() + " point-in-time recovery").isEqualTo(true);
            if (ttl.containsKey(table.tableName())) {
                assertThat(p.get("TimeToLiveSpecification")).as(table.tableName() + " TTL")
                        .isEqualTo(Map.of("AttributeName", ttl.get(table.tableName()), "Enabled", true));
            } else {
                assertThat(p).as(table.tableName() + " has no TTL").doesNotContainKey("TimeToLiveSpecification");
            }
        }
    }

    private static Map<String, Object> shape(CreateTableRequest table) {
        Map<String, Object> shape = new TreeMap<>();
        shape.put("key", keys(table.keySchema()));
        shape.put("attributes", table.attributeDefinitions().stream()
                .map(a -> a.attributeName() + " " + a.attributeTypeAsString())
                .collect(Collectors.toCollection(TreeSet::new)));
        Map<String, Object> local = new TreeMap<>();
        table.localSecondaryIndexes().forEach(i -> local.put(i.indexName(), index(keys(i.keySchema()), i.projection())));
        Map<String, Object> global = new TreeMap<>();
        table.globalSecondaryIndexes().forEach(i -> global.put(i.indexName(), index(keys(i.keySchema()), i.projection())));
        shape.put("local indexes", local);
        shape.put("global indexes", global);
        return shape;
    }

    private static Map<String, Object> shape(Map<String, Object> p) {
        Map<String, Object> shape = new TreeMap<>();
        shape.put("key", cfnKeys(p.get("KeySchema")));
        shape.put("attributes", list(p.get("AttributeDefinitions")).stream().map(Template::map)
                .map(a -> a.get("AttributeName") + " " + a.get("AttributeType"))
                .collect(Collectors.toCollection(TreeSet::new)));
        for (String[] kind : new String[][]{{"local indexes", "LocalSecondaryIndexes"},
                {"global indexes", "GlobalSecondaryIndexes"}}) {
            Map<String, Object> indexes = new TreeMap<>();
            list(p.get(kind[1])).stream().map(Template::map).forEach(i -> indexes.put((String) i.get("IndexName"),
                    List.of(cfnKeys(i.get("KeySchema")), map(i.get("Projection")).get("ProjectionType"))));
            shape.put(kind[0], indexes);
        }
        return shape;
    }

    private static List<String> keys(List<KeySchemaElement> keys) {
        return keys.stream().map(k -> k.attributeName() + " " + k.keyTypeAsString()).toList();
    }

    private static List<String> cfnKeys(Object keys) {
        return list(keys).stream().map(Template::map).map(k -> k.get("AttributeName") + " " + k.get("KeyType")).toList();
    }

    private static Object index(List<String> keys, Projection projection) {
        return List.of(keys, projection.projectionTypeAsString());
    }

    /** A standard queue per job type, visibility 120 s, redriven after 10 receives to its DLQ kept 14 days. */
    static void jobQueuesWithDeadLetterQueues(Template template) {
        Map<String, Map<String, Object>> queues = template.ofType("AWS::SQS::Queue");
        Map<String, String> names = new TreeMap<>();
        queues.forEach((id, p) -> names.put(id, template.name(p.get("QueueName"))));
        List<String> expected = new ArrayList<>();
        for (String type : JOB_TYPES) {
            String name = QUEUE_PREFIX + type.replace('.', '-');
            expected.add(name);
            expected.add(name + "-dlq");
            String id = idOf(names, name);
            Map<String, Object> queue = queues.get(id);
            assertThat(queue.get("VisibilityTimeout")).as(name).isEqualTo(120);
            assertThat(queue).as(name + " is a standard queue").doesNotContainKey("FifoQueue");
            Map<String, Object> redrive = map(queue.get("RedrivePolicy"));
            assertThat(redrive.get("maxReceiveCount")).as(name).isEqualTo(10);
            String dlq = Template.target(redrive.get("deadLetterTargetArn"));
            assertThat(names.get(dlq)).as(name + " redrives to").isEqualTo(name + "-dlq");
            assertThat(queues.get(dlq).get("MessageRetentionPeriod")).as(name + "-dlq retention").isEqualTo(1209600);
        }
        assertThat(names.values()).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String idOf(Map<String, String> names, String name) {
        return names.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("no queue " + name + " among " + names.values()));
    }

    /** Exactly these actions, none a wildcard, and every statement scoped to resources unless AWS cannot scope it. */
    static void leastPrivilege(List<Map<String, Object>> statements, Set<String> actions) {
        Set<String> granted = new TreeSet<>();
        for (Map<String, Object> statement : statements) {
            assertThat(statement.get("Effect")).isEqualTo("Allow");
            List<String> these = list(statement.get("Action")).stream().map(String.class::cast).toList();
            assertThat(these).as("actions").noneMatch(a -> a.contains("*"));
            if (list(statement.get("Resource")).contains("*")) {
                assertThat(these).as("actions on Resource \"*\"").isSubsetOf(UNSCOPED);
            }
            assertThat(statement).as("no NotAction or NotResource").doesNotContainKeys("NotAction", "NotResource");
            granted.addAll(these);
        }
        assertThat(granted).containsExactlyInAnyOrderElementsOf(actions);
    }

    /**
     * The queue actions granted on every job queue and on every dead-letter queue: the dead-letter drain receives and
     * deletes there, turning what SQS gave up on into the failed states the API shows.
     */
    static void jobQueuesGranted(Template template, List<Map<String, Object>> statements) {
        Set<String> granted = new TreeSet<>();
        for (Map<String, Object> statement : statements) {
            if (list(statement.get("Action")).contains("sqs:ReceiveMessage")) {
                list(statement.get("Resource")).forEach(resource -> granted.add(Template.target(resource)));
            }
        }
        assertThat(granted).containsExactlyInAnyOrderElementsOf(template.ofType("AWS::SQS::Queue").keySet());
    }

    /** The bucket versioned, encrypted, closed to the public; the bus; the key, rotated. */
    static void bucketBusAndKey(Template template) {
        assertThat(template.ofType("AWS::S3::Bucket").values()).singleElement().satisfies(p -> {
            assertThat(map(p.get("VersioningConfiguration")).get("Status")).isEqualTo("Enabled");
            assertThat(map(p.get("BucketEncryption")).get("ServerSideEncryptionConfiguration")).isNotNull();
            assertThat(map(p.get("PublicAccessBlockConfiguration"))).containsAllEntriesOf(Map.of(
                    "BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true,
                    "RestrictPublicBuckets", true));
        });
        assertThat(template.ofType("AWS::Events::EventBus")).hasSize(1);
        assertThat(template.ofType("AWS::KMS::Key").values()).singleElement()
                .satisfies(key -> assertThat(key.get("EnableKeyRotation")).isEqualTo(true));
    }

    /** The settings, and the two secrets as Secrets Manager dynamic references, never as values. */
    static void environment(Map<String, Object> variables, String persistence) {
        assertThat(variables).containsKeys(ENVIRONMENT.toArray(String[]::new));
        assertThat(variables.get("SOUNDPORT_CLOUD")).isEqualTo("aws");
        assertThat(variables.get("SOUNDPORT_PERSISTENCE")).isEqualTo(persistence);
        for (String secret : List.of("SOUNDPORT_JWT_SECRET", "SOUNDPORT_SECRETS_KEY")) {
            assertThat(String.valueOf(variables.get(secret))).as(secret).contains("{{resolve:secretsmanager:");
        }
    }
}
