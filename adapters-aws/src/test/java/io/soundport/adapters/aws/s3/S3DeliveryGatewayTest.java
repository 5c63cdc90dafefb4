package io.soundport.adapters.aws.s3;

import com.sun.net.httpserver.HttpServer;
import io.soundport.contracts.S3MockProcess;
import io.soundport.domain.distribution.DeliveryGateway.Result;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Territory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class S3DeliveryGatewayTest {
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String KEYS = "{\"region\":\"eu-west-1\",\"access_key_id\":\"AKIAIOSFODNN7EXAMPLE\","
            + "\"secret_access_key\":\"" + SECRET + "\"}";
    private static final S3DeliveryGateway GATEWAY = new S3DeliveryGateway(S3MockProcess.endpoint(),
            Duration.ofSeconds(2), Duration.ofSeconds(20));

    @AfterAll
    static void close() {
        GATEWAY.close();
    }

    private static Partner partner(String endpoint) {
        return new Partner(PartnerId.of("ptn_" + UUID.randomUUID().toString().replace("-", "")),
                OrganizationId.of("org_01"), "Bucket", Protocol.S3, endpoint, List.of(Territory.WORLD), true, "enc",
                NOW, NOW, 1);
    }

    private static final String UPC = "036000291452";
    private static final int AUDIO_BYTES = 6 * 1024 * 1024 + 3;

    /** A package in the batch {@code b_<message id>}, its audio streamed from its source. */
    private static DeliveryPackage pkg(String messageId) {
        return new DeliveryPackage(messageId, DeliveryKind.DELIVERY, "b_" + messageId, UPC, List.of(
                DeliveryPackage.PackageFile.of(messageId + ".xml", "<ern/>".getBytes(StandardCharsets.UTF_8)),
                DeliveryPackage.PackageFile.of("manifest.json",
                        ("{\"message_id\":\"" + messageId + "\"}").getBytes(StandardCharsets.UTF_8)),
                new DeliveryPackage.PackageFile("resources/" + UPC + "_01_001.flac", AUDIO_BYTES,
                        () -> new java.io.ByteArrayInputStream(audio()))));
    }

    private static byte[] audio() {
        byte[] audio = new byte[AUDIO_BYTES];
        new java.util.Random(3).nextBytes(audio);
        return audio;
    }

    private static List<S3Object> listed(String prefix) {
        return S3Mock.client().listObjectsV2(b -> b.bucket(S3Mock.DROPS).prefix(prefix)).contents();
    }

    @Test
    void a_package_lands_under_the_prefix_as_a_ddex_batch_with_the_marker_written_last() {
        String inbox = "inbox-" + UUID.randomUUID().toString().substring(0, 8) + "/ddex";

        Result result = GATEWAY.deliver(partner("s3://" + S3Mock.DROPS + "/" + inbox), KEYS, pkg("msg_1"));

        assertThat(result.succeeded()).as(result.error()).isTrue();
        String release = inbox + "/b_msg_1/" + UPC;
        assertThat(result.partnerReference()).isEqualTo("s3://" + S3Mock.DROPS + "/" + release);
        List<S3Object> objects = listed(inbox + "/");
        String marker = inbox + "/b_msg_1/BatchComplete_b_msg_1.xml";
        assertThat(objects).extracting(S3Object::key).containsExactlyInAnyOrder(release + "/msg_1.xml",
                release + "/manifest.json", release + "/resources/" + UPC + "_01_001.flac", marker);
        Instant completed = objects.stream().filter(o -> o.key().equals(marker)).findFirst().orElseThrow()
                .lastModified();
        assertThat(objects).allSatisfy(o -> assertThat(o.lastModified()).isBeforeOrEqualTo(completed));
        assertThat(S3Mock.client().headObject(b -> b.bucket(S3Mock.DROPS).key(release + "/msg_1.xml"))
                .contentType()).isEqualTo("application/xml");
        assertThat(S3Mock.client().getObjectAsBytes(b -> b.bucket(S3Mock.DROPS).key(release + "/manifest.json"))
                .asUtf8String()).isEqualTo("{\"message_id\":\"msg_1\"}");
        assertThat(S3Mock.client().getObjectAsBytes(b -> b.bucket(S3Mock.DROPS)
                .key(release + "/resources/" + UPC + "_01_001.flac")).asByteArray()).isEqualTo(audio());
        assertThat(S3Mock.client().headObject(b -> b.bucket(S3Mock.DROPS).key(marker)).contentLength()).isZero();
    }

    @Test
    void the_same_package_again_replaces_it_and_a_bucket_without_prefix_takes_it_at_its_root() {
        String id = "msg_" + UUID.randomUUID().toString().substring(0, 8);
        Partner partner = partner("s3://" + S3Mock.DROPS);

        assertThat(GATEWAY.deliver(partner, KEYS, pkg(id)).succeeded()).isTrue();
        Result again = GATEWAY.deliver(partner, KEYS, pkg(id));

        assertThat(again.partnerReference()).isEqualTo("s3://" + S3Mock.DROPS + "/b_" + id + "/" + UPC);
        assertThat(listed("b_" + id + "/")).hasSize(4);
    }

    @Test
    void a_media_file_that_cannot_be_read_fails_the_attempt_and_the_batch_is_not_marked_complete() {
        String inbox = "unreadable-" + UUID.randomUUID().toString().substring(0, 8);
        DeliveryPackage unreadable = new DeliveryPackage("msg_u", DeliveryKind.DELIVERY, "b_u", UPC, List.of(
                new DeliveryPackage.PackageFile("resources/a.flac", 10, () -> {
                    throw new IOException("the blob store is away");
                })));

        Result result = GATEWAY.deliver(partner("s3://" + S3Mock.DROPS + "/" + inbox), KEYS, unreadable);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("the blob store is away");
        assertThat(listed(inbox + "/")).isEmpty();
    }

    @Test
    void deliveries_to_one_partner_at_the_same_time_share_its_client_and_new_credentials_take_over() throws Exception {
        Partner partner = partner("s3://" + S3Mock.DROPS + "/shared-" + UUID.randomUUID().toString().substring(0, 8));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Result>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = "msg_c" + i;
                results.add(pool.submit(() -> GATEWAY.deliver(partner, KEYS, pkg(id))));
            }
            for (java.util.concurrent.Future<Result> result : results) {
                assertThat(result.get().succeeded()).as(result.get().error()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        String rotated = KEYS.replace("AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE");

        assertThat(GATEWAY.deliver(partner, rotated, pkg("msg_r")).succeeded()).isTrue();
        assertThat(GATEWAY.deliver(partner, KEYS, pkg("msg_k")).succeeded()).isTrue();
    }

    @Test
    void a_missing_bucket_fails_with_the_aws_error_code_and_never_the_credentials() {
        Result result = GATEWAY.deliver(partner("s3://no-such-bucket-here/in"), KEYS, pkg("msg_2"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("NoSuchBucket").contains("s3://no-such-bucket-here/in/b_msg_2/" + UPC + "/resources/")
                .doesNotContain(SECRET).doesNotContain("AKIAIOSFODNN7EXAMPLE");
    }

    /** A stand-in for an AWS endpoint answering every request with {@code status} and {@code xml}. */
    private static HttpServer answering(int status, String xml, List<String> requests) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = xml.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private static URI endpointOf(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void access_denied_fails_with_the_aws_error_code_and_never_the_credentials() throws IOException {
        HttpServer denying = answering(403, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code>"
                + "<Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>",
                new java.util.concurrent.CopyOnWriteArrayList<>());
        try (S3DeliveryGateway gateway = new S3DeliveryGateway(endpointOf(denying), Duration.ofSeconds(2),
                Duration.ofSeconds(10))) {
            Result result = gateway.deliver(partner("s3://partner-bucket/in"), KEYS, pkg("msg_3"));

            assertThat(result.succeeded()).isFalse();
            assertThat(result.error()).contains("AccessDenied (HTTP 403)").doesNotContain(SECRET)
                    .doesNotContain("AKIAIOSFODNN7EXAMPLE");
        } finally {
            denying.stop(0);
        }
    }

    private static final String ROLE = "{\"region\":\"eu-west-1\",\"access_key_id\":\"AKIAIOSFODNN7EXAMPLE\","
            + "\"secret_access_key\":\"" + SECRET + "\",\"role_arn\":\"arn:aws:iam::123456789012:role/drop\","
            + "\"external_id\":\"sp-7f3a-external\"}";

    /** Runs {@code test} with the SDK's STS endpoint (the system property twin of AWS_ENDPOINT_URL_STS) on {@code sts}. */
    private static void withSts(HttpServer sts, Runnable test) {
        String before = System.getProperty("aws.endpointUrlSts");
        System.setProperty("aws.endpointUrlSts", endpointOf(sts).toString());
        try {
            test.run();
        } finally {
            sts.stop(0);
            if (before == null) {
                System.clearProperty("aws.endpointUrlSts");
            } else {
                System.setProperty("aws.endpointUrlSts", before);
            }
        }
    }

    @Test
    void a_role_is_assumed_with_the_external_id_and_its_session_writes_the_package() throws IOException {
        List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpServer sts = answering(200, "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<AssumeRoleResult><Credentials><AccessKeyId>ASIASESSIONKEY00001</AccessKeyId>"
                + "<SecretAccessKey>session-secret</SecretAccessKey><SessionToken>session-token</SessionToken>"
                + "<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser>"
                + "<Arn>arn:aws:sts::123456789012:assumed-role/drop/soundport-delivery</Arn>"
                + "<AssumedRoleId>AROAEXAMPLE:soundport-delivery</AssumedRoleId></AssumedRoleUser></AssumeRoleResult>"
                + "<ResponseMetadata><RequestId>c6104cbe</RequestId></ResponseMetadata></AssumeRoleResponse>", calls);
        withSts(sts, () -> {
            Result result = GATEWAY.deliver(partner("s3://" + S3Mock.DROPS + "/by-role"), ROLE, pkg("msg_7"));

            assertThat(result.succeeded()).as(result.error()).isTrue();
            assertThat(listed("by-role/b_msg_7/")).hasSize(4);
        });
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0)).contains("Action=AssumeRole").contains("ExternalId=sp-7f3a-external")
                .contains("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdrop");
    }

    @Test
    void a_role_that_cannot_be_assumed_fails_with_the_sts_error_and_never_the_external_id() throws IOException {
        HttpServer sts = answering(403, "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error>"
                + "<Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform"
                + " sts:AssumeRole</Message></Error><RequestId>c6104cbe</RequestId></ErrorResponse>",
                new java.util.concurrent.CopyOnWriteArrayList<>());
        withSts(sts, () -> {
            Result result = GATEWAY.deliver(partner("s3://" + S3Mock.DROPS + "/denied-role"), ROLE, pkg("msg_8"));

            assertThat(result.succeeded()).isFalse();
            assertThat(result.error()).contains("AccessDenied (HTTP 403)").doesNotContain("sp-7f3a-external")
                    .doesNotContain(SECRET).doesNotContain("AKIAIOSFODNN7EXAMPLE");
        });
    }

    @Test
    void an_unreachable_endpoint_fails_with_a_reason() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        try (S3DeliveryGateway gateway = new S3DeliveryGateway(URI.create("http://127.0.0.1:" + closed),
                Duration.ofSeconds(1), Duration.ofSeconds(5))) {
            Result result = gateway.deliver(partner("s3://partner-bucket"), KEYS, pkg("msg_4"));

            assertThat(result.succeeded()).isFalse();
            assertThat(result.error()).startsWith("S3 refused s3://partner-bucket/b_msg_4/").doesNotContain(SECRET);
        }
    }

    @Test
    void bad_credentials_or_endpoint_or_protocol_are_refused_without_a_call() {
        assertThat(GATEWAY.deliver(partner("s3://" + S3Mock.DROPS), "{\"region\":\"eu-west-1\",\"secret_access_key\":\""
                + SECRET + "\"}", pkg("msg_5")).error()).startsWith("refused: Invalid credentials").doesNotContain(SECRET);
        assertThat(GATEWAY.deliver(partner("s3://" + S3Mock.DROPS), null, pkg("msg_5")).error())
                .startsWith("refused: Invalid credentials");
        assertThat(GATEWAY.deliver(partner("bucket"), KEYS, pkg("msg_5")).error()).startsWith("refused: Invalid endpoint");
        assertThat(GATEWAY.deliver(partner("s3://" + S3Mock.DROPS), KEYS, pkg("../msg")).error())
                .startsWith("refused: the message id");
        Partner file = new Partner(PartnerId.of("ptn_file"), OrganizationId.of("org_01"), "Drop", Protocol.FILE,
                "drop", List.of(Territory.WORLD), true, null, NOW, NOW, 1);
        assertThat(GATEWAY.handles(Protocol.FILE)).isFalse();
        assertThat(GATEWAY.deliver(file, KEYS, pkg("msg_5")).error()).contains("not S3");
    }

    @Test
    void without_an_override_the_sdk_takes_the_endpoint_from_aws_endpoint_url_s3() {
        // the system property twin of AWS_ENDPOINT_URL_S3, which the SDK (2.54) reads when a client is built
        String before = System.getProperty("aws.endpointUrlS3");
        System.setProperty("aws.endpointUrlS3", S3MockProcess.endpoint().toString());
        try (S3DeliveryGateway gateway = new S3DeliveryGateway(null, Duration.ofSeconds(2), Duration.ofSeconds(20))) {
            Result result = gateway.deliver(partner("s3://" + S3Mock.DROPS + "/from-env"), KEYS, pkg("msg_6"));

            assertThat(result.succeeded()).as(result.error()).isTrue();
            assertThat(listed("from-env/b_msg_6/")).hasSize(4);
        } finally {
            if (before == null) {
                System.clearProperty("aws.endpointUrlS3");
            } else {
                System.setProperty("aws.endpointUrlS3", before);
            }
        }
    }
}
