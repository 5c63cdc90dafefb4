package io.soundport.bootstrap.rest;

import io.soundport.contracts.MediaSamples;
import io.soundport.contracts.S3MockProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;


import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code SOUNDPORT_CLOUD=aws} with {@code SOUNDPORT_S3_BUCKET}: uploaded media go to the bucket (this JVM's S3Mock,
 * reached through {@code soundport.aws.endpoint}), not to the data directory. Memory only: where the bytes go does not
 * depend on the database, and the media records are MediaAssetEndpointsTest's, which runs on all three backends.
 */
@DisabledIfSystemProperty(named = "soundport.test.persistence", matches = ".+")
@RestTest.ServerPropertiesFrom(S3MediaAssetsTest.MediaBucket.class)
class S3MediaAssetsTest extends RestTest {
    static final String BUCKET = "soundport-media";

    private static S3Client bucket() {
        return S3Client.builder().endpointOverride(S3MockProcess.endpoint()).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** Makes the bucket and points the server at it. */
    public static final class MediaBucket implements Supplier<Map<String, String>> {
        @Override
        public Map<String, String> get() {
            System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
            System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
            try (S3Client s3 = bucket()) {
                if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET))) {
                    s3.createBucket(b -> b.bucket(BUCKET));
                }
            }
            return Map.of("soundport.cloud", "aws", "soundport.aws.region", "eu-west-1",
                    "soundport.aws.endpoint", S3MockProcess.endpoint().toString(),
                    "soundport.aws.s3.bucket", BUCKET);
        }
    }

    private static List<String> keysOf(Account owner) {
        try (S3Client s3 = bucket()) {
            return s3.listObjectsV2(r -> r.bucket(BUCKET).prefix("media/" + owner.organizationId() + "/")).contents()
                    .stream().map(S3Object::key).toList();
        }
    }

    @Test
    void audio_is_stored_in_the_bucket_and_removed_from_it() {
        Account owner = register();
        String track = owner.api().post("/tracks", obj("title", "Cloud", "duration_ms", 1000)).expect(201).id();
        byte[] wav = MediaSamples.wav(44_100, 2, 1_000);

        owner.api().send("PUT", "/tracks/" + track + "/audio", wav, "audio/wav").expect(200);

        assertThat(keysOf(owner)).singleElement().asString().startsWith("media/" + owner.organizationId()
                + "/audio/" + track + "/");
        assertThat(owner.api().get("/tracks/" + track + "/audio").expect(200).json().path("size").asLong())
                .isEqualTo(wav.length);
        owner.api().send("PUT", "/tracks/" + track + "/audio", MediaSamples.flac(), "audio/flac").expect(200);
        assertThat(keysOf(owner)).as("the replaced file deleted").hasSize(1);
        owner.api().send("PUT", "/tracks/" + track + "/audio", MediaSamples.png(8, 8), "audio/flac")
                .error(400, "VALIDATION_ERROR");
        assertThat(keysOf(owner)).hasSize(1);

        owner.api().delete("/tracks/" + track + "/audio").expect(204);
        assertThat(keysOf(owner)).isEmpty();
    }
}
