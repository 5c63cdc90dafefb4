package io.soundport.adapters.aws.s3;

import io.soundport.contracts.S3MockProcess;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Clients of this JVM's S3Mock ({@link S3MockProcess}: a child JVM started once, shared by the test classes). S3Mock
 * takes any credentials and region; on its 127.0.0.1 endpoint the SDK addresses buckets path-style by itself.
 */
final class S3Mock {
    static final String BLOBS = "soundport-blobs";
    static final String DROPS = "partner-drops";
    private static S3Client client;
    private static S3Presigner presigner;

    private S3Mock() {
    }

    static synchronized S3Client client() {
        if (client == null) {
            client = S3Client.builder().endpointOverride(S3MockProcess.endpoint()).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .httpClient(UrlConnectionHttpClient.create()).build();
        }
        return client;
    }

    static synchronized S3Presigner presigner() {
        if (presigner == null) {
            presigner = S3Presigner.builder().endpointOverride(S3MockProcess.endpoint()).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .build();
        }
        return presigner;
    }
}
