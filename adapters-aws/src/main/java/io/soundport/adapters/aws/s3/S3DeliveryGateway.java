package io.soundport.adapters.aws.s3;

import io.soundport.domain.distribution.DeliveryGateway;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.distribution.S3Access;
import io.soundport.domain.distribution.S3Location;
import io.soundport.domain.shared.DomainException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Delivers to S3 partners: the package is written into the partner's bucket as a DDEX batch,
 * {@code <prefix>/<batch id>/<release folder>/<file>} (media under {@code resources/}), the same layout as a FILE
 * drop, each file one PutObject streamed from its source, the {@link DeliveryPackage#MANIFEST} after the release's
 * other files and the empty {@code <prefix>/<batch id>/BatchComplete_<batch id>.xml} last, so a partner that waits
 * for the marker (an S3 event on that prefix) finds every file whole. The partner reference is
 * {@code s3://<bucket>/<prefix>/<batch id>/<release folder>}.
 *
 * <p>The partner's endpoint is an {@link S3Location} and its (decrypted) credentials an {@link S3Access}: the
 * region, and the partner's access keys or a role of its account assumed through STS with its external id (from the
 * server's own AWS credentials, or from the keys when both are given). A client is built per partner and kept while
 * its credentials stay the same (they are keyed by the SHA-256 of the credentials, never by the credentials); every
 * client shares one HTTP client. The endpoint is the partner's region's unless the server is given an
 * {@code endpointOverride} (tests, S3-compatible stores); with none, the SDK itself honours
 * {@code AWS_ENDPOINT_URL_S3} / {@code AWS_ENDPOINT_URL} (and the system properties {@code aws.endpointUrlS3} /
 * {@code aws.endpointUrl}).
 *
 * <p>Failures (access denied, no such bucket, throttling, time-outs, an unreachable endpoint, a role that cannot be
 * assumed) come back as a failed result naming the AWS error code and the key, never a key, secret or external id.
 * The partner's role or user needs {@code s3:PutObject} on {@code arn:aws:s3:::<bucket>/<prefix>/*} (and
 * {@code s3:AbortMultipartUpload} if the bucket policy requires it of uploaders).
 */
public final class S3DeliveryGateway implements DeliveryGateway, AutoCloseable {
    private static final Map<String, String> CONTENT_TYPES = Map.of("xml", "application/xml",
            "json", "application/json", "wav", "audio/wav", "flac", "audio/flac", "jpg", "image/jpeg",
            "png", "image/png");

    /** The slowest pace of an upload the timeout allows for, beyond the configured timeout. */
    static final long BYTES_PER_SECOND_ALLOWED = 512 * 1024;

    private final URI endpointOverride;
    private final Duration callTimeout;
    private final SdkHttpClient http;
    private final Map<PartnerId, CachedClient> clients = new ConcurrentHashMap<>();

    /** A partner's client, with what it was built from and what closes with it (an STS client, its provider). */
    private record CachedClient(String credentialsHash, S3Client client, List<AutoCloseable> resources) {
    }

    /**
     * A gateway whose S3 calls go to {@code endpointOverride} when given (else to the partner's region, or wherever
     * {@code AWS_ENDPOINT_URL_S3} says), each call given at most {@code callTimeout}.
     */
    public S3DeliveryGateway(URI endpointOverride, Duration connectTimeout, Duration callTimeout) {
        this.endpointOverride = endpointOverride;
        this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
        this.http = UrlConnectionHttpClient.builder().connectionTimeout(connectTimeout).socketTimeout(callTimeout)
                .build();
    }

    @Override
    public boolean handles(Protocol protocol) {
        return protocol == Protocol.S3;
    }

    @Override
    public Result deliver(Partner partner, String credentials, DeliveryPackage delivery) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(delivery, "delivery");
        if (!handles(partner.protocol())) {
            return Result.failed("refused: partner " + partner.id() + " is " + partner.protocol() + ", not S3");
        }
        S3Location location;
        S3Access access;
        try {
            location = S3Location.parse(partner.endpoint());
            access = S3Access.parse(credentials);
        } catch (DomainException refused) {
            // S3Access's messages never quote a value
            return Result.failed("refused: " + refused.getMessage());
        }
        String problem = delivery.problemAsDrop();
        if (problem != null) {
            return Result.failed("refused: " + problem);
        }
        S3Client s3;
        try {
            s3 = client(partner.id(), credentials, access);
        } catch (SdkException e) {
            return Result.failed(scrub("could not set up S3 access: " + S3Errors.describe(e), access));
        }
        List<DeliveryPackage.PackageFile> files = new ArrayList<>(delivery.inWriteOrder());
        files.add(DeliveryPackage.PackageFile.of(delivery.batchComplete(), new byte[0]));
        for (DeliveryPackage.PackageFile file : files) {
            String path = file.name().equals(delivery.batchComplete()) ? delivery.batchId() + "/" + file.name()
                    : delivery.releasePath() + "/" + file.path();
            String key = location.key(path);
            try {
                s3.putObject(b -> b.bucket(location.bucket()).key(key).contentType(contentType(file.name()))
                                .overrideConfiguration(c -> c.apiCallTimeout(timeoutFor(file.size()))),
                        RequestBody.fromContentProvider(() -> open(file), file.size(), contentType(file.name())));
            } catch (RuntimeException e) {
                return Result.failed(scrub("S3 refused s3://" + location.bucket() + "/" + key + ": "
                        + (e instanceof SdkException sdk ? S3Errors.describe(sdk) : e.getMessage()), access));
            }
        }
        return Result.delivered("s3://" + location.bucket() + "/" + location.key(delivery.releasePath()));
    }

    /**
     * The configured call timeout, plus a second per {@value #BYTES_PER_SECOND_ALLOWED} bytes of the file: a large
     * file uploaded at a reasonable pace is not cut off, a stalled one still is.
     */
    private Duration timeoutFor(long size) {
        return callTimeout.plusMillis(size * 1000 / BYTES_PER_SECOND_ALLOWED);
    }

    /** A new stream of the file's bytes, each time the SDK asks (it asks again when it retries a request). */
    private static InputStream open(DeliveryPackage.PackageFile file) {
        try {
            return file.source().open();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The partner's client for these credentials: the cached one while they stay the same, else a new one replacing
     * (and closing) the old, built once even when two deliveries to the partner ask at the same time.
     */
    private S3Client client(PartnerId partner, String credentials, S3Access access) {
        String hash = sha256(credentials);
        List<CachedClient> replaced = new ArrayList<>(1);
        CachedClient current = clients.compute(partner, (id, cached) -> {
            if (cached != null && cached.credentialsHash().equals(hash)) {
                return cached;
            }
            if (cached != null) {
                replaced.add(cached);
            }
            return build(hash, access);
        });
        replaced.forEach(S3DeliveryGateway::close);
        return current.client();
    }

    private CachedClient build(String hash, S3Access access) {
        List<AutoCloseable> resources = new ArrayList<>();
        AwsCredentialsProvider provider = credentials(access, resources);
        S3ClientBuilder builder = S3Client.builder().region(Region.of(access.region())).credentialsProvider(provider)
                .httpClient(http)
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(callTimeout).build());
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride);
        }
        return new CachedClient(hash, builder.build(), resources);
    }

    private AwsCredentialsProvider credentials(S3Access access, List<AutoCloseable> resources) {
        AwsCredentialsProvider keys;
        if (access.accessKeyId() == null) {
            DefaultCredentialsProvider platform = DefaultCredentialsProvider.builder().build();
            resources.add(platform);
            keys = platform;
        } else {
            keys = StaticCredentialsProvider.create(AwsBasicCredentials.create(access.accessKeyId(),
                    access.secretAccessKey()));
        }
        if (!access.assumesRole()) {
            return keys;
        }
        StsClient sts = StsClient.builder().region(Region.of(access.region())).credentialsProvider(keys)
                .httpClient(http).build();
        StsAssumeRoleCredentialsProvider role = StsAssumeRoleCredentialsProvider.builder().stsClient(sts)
                .asyncCredentialUpdateEnabled(false)
                .refreshRequest(r -> r.roleArn(access.roleArn()).externalId(access.externalId())
                        .roleSessionName("soundport-delivery").durationSeconds(900))
                .build();
        resources.add(role);
        resources.add(sts);
        return role;
    }

    private static void close(CachedClient cached) {
        cached.client().close();
        for (AutoCloseable resource : cached.resources()) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // nothing to do about a provider or client that fails to close
            }
        }
    }

    /** Closes every partner's client and the shared HTTP client. */
    @Override
    public void close() {
        clients.values().forEach(S3DeliveryGateway::close);
        clients.clear();
        http.close();
    }

    private static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream"
                : CONTENT_TYPES.getOrDefault(name.substring(dot + 1), "application/octet-stream");
    }

    /** A reason never carries the partner's secrets, whatever an SDK message might echo. */
    private static String scrub(String reason, S3Access access) {
        String clean = reason;
        for (String secret : new String[] {access.accessKeyId(), access.secretAccessKey(), access.externalId()}) {
            if (secret != null && !secret.isEmpty()) {
                clean = clean.replace(secret, "***");
            }
        }
        return clean;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
