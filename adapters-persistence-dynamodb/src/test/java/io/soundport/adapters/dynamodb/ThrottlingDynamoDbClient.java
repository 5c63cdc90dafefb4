package io.soundport.adapters.dynamodb;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * A DynamoDB that is overloaded or out of reach: reads exceed the provisioned throughput, writes are throttled,
 * transactions are cancelled for throttling, queries and DescribeTable never get an answer.
 */
final class ThrottlingDynamoDbClient implements DynamoDbClient {
    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        throw ProvisionedThroughputExceededException.builder().message("Throughput exceeds the current capacity")
                .statusCode(400).build();
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        throw throttling();
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        throw throttling();
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        throw TransactionCanceledException.builder().message("Transaction cancelled")
                .cancellationReasons(CancellationReason.builder().code("ThrottlingError").build(),
                        CancellationReason.builder().code("None").build())
                .statusCode(400).build();
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        throw SdkClientException.create("Unable to execute HTTP request: Connection refused");
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        throw SdkClientException.create("Unable to execute HTTP request: connect timed out");
    }

    private static DynamoDbException throttling() {
        return (DynamoDbException) DynamoDbException.builder().message("Rate of requests exceeds the allowed throughput")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException").serviceName("DynamoDb")
                        .build())
                .statusCode(400).build();
    }

    @Override
    public String serviceName() {
        return "DynamoDb";
    }

    @Override
    public void close() {
    }
}
