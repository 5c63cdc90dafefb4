package io.soundport.adapters.aws.sqs;

import io.soundport.adapters.aws.AwsClients;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;

/**
 * ElasticMQ, the SQS API in-process, with a client of the adapters' own making on it; one per test class (its
 * queues are named with a prefix of each test's own, so tests never see each other's).
 */
final class ElasticMq implements AutoCloseable {
    private final SQSRestServer server;
    final SqsClient sqs;

    ElasticMq() {
        server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        int port = server.waitUntilStarted().localAddress().getPort();
        sqs = AwsClients.sqs(AwsClients.Settings.of("eu-west-1").withEndpoint(URI.create("http://127.0.0.1:" + port),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"))));
    }

    @Override
    public void close() {
        sqs.close();
        server.stopAndWait();
    }
}
