package io.soundport.adapters.dynamodb;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One in-memory DynamoDB Local per test JVM, in-process, and one {@link DynamoDbPersistence} on it shared by every
 * test; the tests keep apart from each other by using fresh ids.
 */
final class TestDynamo {
    private static AmazonDynamoDBLocal local;
    private static DynamoDbPersistence persistence;

    private TestDynamo() {
    }

    static synchronized DynamoDbClient client() {
        if (local == null) {
            local = DynamoDBEmbedded.create();
            AmazonDynamoDBLocal started = local;
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdownNow, "dynamodb-local-stop"));
        }
        return local.dynamoDbClient();
    }

    static synchronized DynamoDbPersistence persistence() {
        if (persistence == null) {
            persistence = DynamoDbPersistence.start(client(), "contract_");
        }
        return persistence;
    }
}
