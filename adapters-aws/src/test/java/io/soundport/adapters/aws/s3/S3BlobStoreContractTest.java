package io.soundport.adapters.aws.s3;

import io.soundport.contracts.BlobStoreContract;
import io.soundport.contracts.GeneratedStream;
import io.soundport.domain.port.BlobStore;
import io.soundport.domain.port.StoredBlob;
import io.soundport.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The blob store suite on S3Mock, keys under a prefix of the blobs bucket; download URLs fetched over HTTP. */
class S3BlobStoreContractTest extends BlobStoreContract {
    private static final String PREFIX = "store/";
    private final S3BlobStore store = new S3BlobStore(S3Mock.client(), S3Mock.presigner(), S3Mock.BLOBS, PREFIX);

    @Override
    protected BlobStore store() {
        return store;
    }

    @Test
    void the_hashes_are_object_metadata_and_a_multipart_upload_leaves_nothing_behind() {
        StoredBlob blob = store.put("meta/large.bin", new GeneratedStream(S3BlobStore.PART_SIZE * 2L + 5, 5), -1,
                "audio/wav");

        HeadObjectResponse head = S3Mock.client().headObject(b -> b.bucket(S3Mock.BLOBS).key(PREFIX + "meta/large.bin"));
        assertThat(head.metadata()).containsEntry("sha256", blob.sha256()).containsEntry("md5", blob.md5());
        assertThat(head.contentType()).isEqualTo("audio/wav");
        assertThat(head.contentLength()).isEqualTo(S3BlobStore.PART_SIZE * 2L + 5);
        assertThat(S3Mock.client().listObjectsV2(b -> b.bucket(S3Mock.BLOBS).prefix(PREFIX + S3BlobStore.INCOMING))
                .contents()).isEmpty();
        assertThat(S3Mock.client().listMultipartUploads(b -> b.bucket(S3Mock.BLOBS)).uploads()).isEmpty();
    }

    @Test
    void a_stream_failing_after_the_first_part_aborts_its_upload() {
        InputStream failing = new SequenceInputStream(new GeneratedStream(S3BlobStore.PART_SIZE + 100, 9),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("the client went away");
                    }
                });

        assertThatThrownBy(() -> store.put("meta/aborted.bin", failing, -1, "audio/wav"))
                .isInstanceOf(DomainException.class);

        assertThat(store.info("meta/aborted.bin")).isEmpty();
        assertThat(S3Mock.client().listMultipartUploads(b -> b.bucket(S3Mock.BLOBS)).uploads()).isEmpty();
    }
}
