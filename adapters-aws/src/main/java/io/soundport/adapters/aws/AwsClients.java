package io.soundport.adapters.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Builds the SDK clients the adapters of this module take: the JDK's HTTP client (no Netty, no Apache), a bounded
 * retry policy for throttling, 5xx answers and I/O errors, an overall time limit per call. Production passes the
 * region and no endpoint or credentials (the default chain: environment, profile, container or instance role);
 * tests pass WireMock's address and static credentials.
 */
public final class AwsClients {

    /**
     * Where and how to reach AWS.
     *
     * @param region           the region, such as {@code eu-west-1}
     * @param endpointOverride another endpoint (WireMock, LocalStack); null for AWS's own
     * @param credentials      null for the default credentials chain
     * @param maxAttempts      attempts per call, the first included (AWS's standard mode uses 3)
     * @param baseDelay        the first back-off; it doubles per attempt, with jitter, up to {@code maxDelay}
     * @param maxDelay         the longest back-off
     * @param callTimeout      the longest a call may take, its retries included
     */
    public record Settings(String region, URI endpointOverride, AwsCredentialsProvider credentials, int maxAttempts,
                           Duration baseDelay, Duration maxDelay, Duration callTimeout) {
        public Settings {
            Objects.requireNonNull(region, "region");
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            Objects.requireNonNull(baseDelay, "baseDelay");
            Objects.requireNonNull(maxDelay, "maxDelay");
            Objects.requireNonNull(callTimeout, "callTimeout");
        }

        /** AWS in this region, the default credentials chain, 3 attempts from 100 ms, 20 s per call at most. */
        public static Settings of(String region) {
            return new Settings(region, null, null, 3, Duration.ofMillis(100), Duration.ofSeconds(5),
                    Duration.ofSeconds(20));
        }

        public Settings withEndpoint(URI endpoint, AwsCredentialsProvider credentials) {
            return new Settings(region, endpoint, credentials, maxAttempts, baseDelay, maxDelay, callTimeout);
        }

        public Settings withCallTimeout(Duration callTimeout) {
            return new Settings(region, endpointOverride, credentials, maxAttempts, baseDelay, maxDelay, callTimeout);
        }

        public Settings withRetries(int maxAttempts, Duration baseDelay, Duration maxDelay) {
            return new Settings(region, endpointOverride, credentials, maxAttempts, baseDelay, maxDelay, callTimeout);
        }
    }

    private AwsClients() {
    }

    public static SesV2Client ses(Settings settings) {
        return configure(SesV2Client.builder(), settings).build();
    }

    public static SnsClient sns(Settings settings) {
        return configure(SnsClient.builder(), settings).build();
    }

    public static EventBridgeClient eventBridge(Settings settings) {
        return configure(EventBridgeClient.builder(), settings).build();
    }

    public static SqsClient sqs(Settings settings) {
        return configure(SqsClient.builder(), settings).build();
    }

    /**
     * The S3 client of the blob store: a call carries up to one 8 MB part of a multipart upload, so it may take 2
     * minutes at most whatever the settings say for the other services.
     */
    public static S3Client s3(Settings settings) {
        Settings blobs = settings.callTimeout().compareTo(Duration.ofMinutes(2)) < 0
                ? settings.withCallTimeout(Duration.ofMinutes(2)) : settings;
        return configure(S3Client.builder(), blobs).build();
    }

    /** Signs the blob store's download URLs, with the same region, credentials and endpoint as {@link #s3}. */
    public static S3Presigner s3Presigner(Settings settings) {
        S3Presigner.Builder builder = S3Presigner.builder().region(Region.of(settings.region()))
                .credentialsProvider(settings.credentials() != null ? settings.credentials()
                        : DefaultCredentialsProvider.builder().build());
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        return builder.build();
    }

    public static KmsClient kms(Settings settings) {
        return configure(KmsClient.builder(), settings).build();
    }

    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder,
                                                                                             Settings settings) {
        builder.region(Region.of(settings.region()))
                .credentialsProvider(settings.credentials() != null ? settings.credentials()
                        : DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(10)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(settings.maxAttempts())
                                .backoffStrategy(BackoffStrategy.exponentialDelay(settings.baseDelay(),
                                        settings.maxDelay()))
                                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(settings.baseDelay(),
                                        settings.maxDelay()))
                                // every call gets its attempts: no shared token bucket that one outage drains
                                .circuitBreakerEnabled(false)
                                .build())
                        .apiCallTimeout(settings.callTimeout())
                        .build());
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        return builder;
    }
}
