package io.soundport.bootstrap.rest;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.soundport.contracts.S3MockProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * S3 partners end to end, against this JVM's S3Mock (a child JVM: S3Mock is a Spring Boot application and stays off
 * the server's classpath). The server is pointed at it the way an operator would point it at an S3-compatible store:
 * through the SDK's own endpoint setting ({@code AWS_ENDPOINT_URL_S3}, here its system property twin
 * {@code aws.endpointUrlS3}, read when a partner's client is built), with no Soundport setting. Memory only: the S3
 * gateway does not touch the database, and the deliveries it serves are DistributionEndpointsTest's and
 * SftpPartnerDeliveryTest's, which run on all three backends (each backend's JVMs would otherwise start S3Mock too).
 */
@DisabledIfSystemProperty(named = "soundport.test.persistence", matches = ".+")
class S3PartnerDeliveryTest extends RestTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    private static final String CREDENTIALS = "{\"region\":\"eu-west-1\",\"access_key_id\":\"" + KEY_ID + "\","
            + "\"secret_access_key\":\"" + SECRET + "\"}";
    private static final String BUCKET = "partner-drops";
    private static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();
    private static String previousEndpoint;

    @BeforeAll
    static void pointTheSdkAtS3Mock() {
        previousEndpoint = System.getProperty("aws.endpointUrlS3");
        System.setProperty("aws.endpointUrlS3", S3MockProcess.endpoint().toString());
        LOGS.start();
        root().addAppender(LOGS);
    }

    @AfterAll
    static void restore() {
        root().detachAppender(LOGS);
        if (previousEndpoint == null) {
            System.clearProperty("aws.endpointUrlS3");
        } else {
            System.setProperty("aws.endpointUrlS3", previousEndpoint);
        }
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static S3Client bucketReader() {
        return S3Client.builder().endpointOverride(S3MockProcess.endpoint()).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static String prefixOf(Account owner) {
        return "inbox/" + owner.organizationId().toLowerCase().replaceAll("[^a-z0-9]", "");
    }

    @Test
    void an_s3_partner_receives_the_release_as_a_ddex_batch_with_the_marker_last_and_the_delivery_is_delivered() {
        Account owner = register();
        String prefix = prefixOf(owner);
        Api.Response created = owner.api().post("/partners", obj("name", "Bucketly", "protocol", "S3",
                "endpoint", "s3://" + BUCKET + "/" + prefix + "/", "credentials", CREDENTIALS,
                "dpid", "PADPIDA2011072101T")).expect(201);
        assertThat(created.body()).doesNotContain(SECRET).doesNotContain(KEY_ID);
        assertThat(created.text("endpoint")).isEqualTo("s3://" + BUCKET + "/" + prefix);
        assertThat(created.json().path("has_credentials").asBoolean()).isTrue();
        String release = submittedDeliverableRelease(owner);

        String delivery = owner.api().post("/releases/" + release + "/deliveries",
                obj("partner_ids", List.of(created.id()))).expect(201).json().path("data").get(0).path("id").asText();

        JsonNode done = await(() -> owner.api().get("/deliveries/" + delivery).expect(200).json(),
                d -> !d.path("status").asText().matches("QUEUED|IN_PROGRESS"));
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("DELIVERED");
        String reference = done.path("partner_reference").asText();
        String batch = DeliveredBatch.batchOf(reference);
        assertThat(reference).isEqualTo("s3://" + BUCKET + "/" + prefix + "/" + batch + "/" + DeliveredBatch.UPC);
        String folder = prefix + "/" + batch + "/";
        try (S3Client s3 = bucketReader()) {
            List<S3Object> objects = s3.listObjectsV2(b -> b.bucket(BUCKET).prefix(folder)).contents();
            Map<String, byte[]> files = new java.util.TreeMap<>();
            objects.forEach(o -> files.put(o.key().substring(folder.length()),
                    s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(o.key())).asByteArray()));
            DeliveredBatch.assertComplete(files, batch, delivery, 1);
            Instant marked = objects.stream().filter(o -> o.key().endsWith("/BatchComplete_" + batch + ".xml"))
                    .findFirst().orElseThrow().lastModified();
            assertThat(objects).allSatisfy(o -> assertThat(o.lastModified()).isBeforeOrEqualTo(marked));
        }
    }

    @Test
    void a_bucket_that_is_not_there_fails_the_attempt_with_the_aws_error_and_never_shows_the_credentials() {
        Account owner = register();
        String partner = owner.api().post("/partners", obj("name", "Gone", "protocol", "S3",
                "endpoint", "s3://no-such-bucket-" + owner.organizationId().toLowerCase().replaceAll("[^a-z0-9]", "")
                        .substring(0, 12), "credentials", CREDENTIALS, "dpid", "PADPIDA2011072101T")).expect(201).id();
        String release = submittedDeliverableRelease(owner);

        String delivery = owner.api().post("/releases/" + release + "/deliveries",
                obj("partner_ids", List.of(partner))).expect(201).json().path("data").get(0).path("id").asText();

        JsonNode failed = await(() -> owner.api().get("/deliveries/" + delivery).expect(200).json(),
                d -> d.path("attempts").size() > 0);
        assertThat(failed.path("status").asText()).isEqualTo("RETRYING");
        JsonNode attempt = failed.path("attempts").get(0);
        assertThat(attempt.path("succeeded").asBoolean()).isFalse();
        assertThat(attempt.path("error").asText()).contains("NoSuchBucket (HTTP 404)");
        assertThat(failed.toString()).doesNotContain(SECRET).doesNotContain(KEY_ID);
        assertThat(LOGS.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains(SECRET) || line.contains(KEY_ID));
    }

    @Test
    void an_s3_partner_needs_a_bucket_and_credentials_with_a_region_and_keys_or_a_role() {
        Account owner = register();
        Api.Response none = owner.api().post("/partners", obj("name", "B", "protocol", "S3", "endpoint",
                "s3://Not_A_Bucket"));
        none.error(400, "VALIDATION_ERROR");
        assertThat(none.errorFields()).containsExactlyInAnyOrder("endpoint", "credentials");

        Api.Response noRegion = owner.api().post("/partners", obj("name", "B", "protocol", "S3", "endpoint",
                "s3://" + BUCKET, "credentials", "{\"access_key_id\":\"" + KEY_ID + "\",\"secret_access_key\":\""
                        + SECRET + "\"}"));
        JsonNode error = noRegion.error(400, "VALIDATION_ERROR");
        assertThat(noRegion.errorFields()).containsExactly("credentials");
        assertThat(error.path("message").asText()).contains("'region'");
        assertThat(noRegion.body()).doesNotContain(SECRET).doesNotContain(KEY_ID);

        String id = owner.api().post("/partners", obj("name", "B", "protocol", "S3", "endpoint", "s3://" + BUCKET,
                "credentials", "{\"region\":\"eu-west-1\",\"role_arn\":\"arn:aws:iam::123456789012:role/drop\","
                        + "\"external_id\":\"sp-7f3a\"}")).expect(201).id();
        Api.Response badChange = owner.api().patch("/partners/" + id, obj("credentials", "{\"region\":\"eu-west-1\"}"));
        badChange.error(400, "VALIDATION_ERROR");
        assertThat(badChange.errorFields()).containsExactly("credentials");
        owner.api().patch("/partners/" + id, obj("endpoint", "s3://" + BUCKET + "/../x")).error(400,
                "VALIDATION_ERROR");
        assertThat(owner.api().patch("/partners/" + id, obj("endpoint", "s3://" + BUCKET + "/new/place")).expect(200)
                .text("endpoint")).isEqualTo("s3://" + BUCKET + "/new/place");
    }
}
