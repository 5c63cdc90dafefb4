package io.soundport.adapters.aws.s3;

import io.soundport.domain.port.BlobDigests;
import io.soundport.domain.port.BlobStore;
import io.soundport.domain.port.StoredBlob;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link BlobStore} on an S3 bucket, keys under an optional prefix.
 *
 * <p>Content is read in parts of {@value #PART_SIZE} bytes, hashed (SHA-256 and MD5) as it passes, never held whole:
 * what fits in one part goes up in one PutObject with its hashes as object metadata ({@code x-amz-meta-sha256},
 * {@code x-amz-meta-md5}); anything larger, or of unknown length beyond one part, is a multipart upload to a
 * temporary key under {@value #INCOMING}, copied onto its key with the hashes once they are known (S3 takes
 * metadata only when an object is written), then the temporary object is deleted. Readers thus see the old object or
 * the new one with its hashes, never a half-written one; a failed upload is aborted and leaves the key as it was
 * (a bucket lifecycle rule aborting incomplete multipart uploads after a day catches a crash in the middle). One
 * CopyObject takes at most 5 GB, so larger blobs are refused with PAYLOAD_TOO_LARGE.
 *
 * <p>The IAM actions the server's role needs on the bucket: {@code s3:PutObject}, {@code s3:GetObject},
 * {@code s3:DeleteObject}, {@code s3:AbortMultipartUpload}, {@code s3:ListMultipartUploadParts} (and
 * {@code s3:ListBucket}, so that a missing key answers 404 and not 403). Failures are INTEGRATION_ERRORs naming the
 * AWS error code.
 */
public final class S3BlobStore implements BlobStore {
    /** The part size of multipart uploads: S3 wants at least 5 MB for every part but the last. */
    static final int PART_SIZE = 8 * 1024 * 1024;
    /** Where multipart uploads land before they are copied onto their key, under the store's prefix. */
    static final String INCOMING = ".incoming/";
    private static final long MAX_SIZE = 5L * 1024 * 1024 * 1024;
    private static final Duration MAX_URL_VALIDITY = Duration.ofDays(7);

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final String prefix;

    /**
     * A store in {@code bucket}, every key under {@code prefix} (empty, or ending with {@code /}). The clients are the
     * caller's to configure (region, credentials, endpoint) and to close.
     */
    public S3BlobStore(S3Client s3, S3Presigner presigner, String bucket, String prefix) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.presigner = Objects.requireNonNull(presigner, "presigner");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.prefix = prefix == null ? "" : prefix;
        if (!this.prefix.isEmpty() && !this.prefix.endsWith("/")) {
            throw new IllegalArgumentException("the prefix must be empty or end with '/'");
        }
    }

    @Override
    public StoredBlob put(String key, InputStream content, long length, String contentType) {
        BlobStore.checkKey(key);
        Objects.requireNonNull(content, "content");
        if (length > MAX_SIZE) {
            throw new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, "a blob is at most 5 GB");
        }
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        BlobDigests digests = new BlobDigests();
        byte[] part = new byte[(int) Math.min(PART_SIZE, length < 0 ? PART_SIZE : Math.max(length + 1, 1))];
        try {
            int n = fill(content, part, digests, length);
            if (n < part.length) {
                StoredBlob blob = finish(digests, length, key, type);
                s3.putObject(b -> b.bucket(bucket).key(prefix + key).contentType(type).metadata(metadata(blob)),
                        body(part, n));
                return blob;
            }
            return multipart(key, type, content, part, n, digests, length);
        } catch (IOException e) {
            throw new DomainException(ErrorCode.INTEGRATION_ERROR, "could not read the content to store ("
                    + e.getClass().getSimpleName() + ")");
        } catch (SdkException e) {
            throw failure("store", key, e);
        }
    }

    private StoredBlob multipart(String key, String type, InputStream content, byte[] part, int first,
                                 BlobDigests digests, long length) throws IOException {
        String incoming = prefix + INCOMING + UUID.randomUUID();
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(incoming).contentType(type)).uploadId();
        boolean completed = false;
        try {
            List<CompletedPart> parts = new ArrayList<>();
            for (int n = first; n > 0; n = fill(content, part, digests, length)) {
                if (digests.size() > MAX_SIZE) {
                    throw new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, "a blob is at most 5 GB");
                }
                int number = parts.size() + 1;
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(incoming).uploadId(uploadId).partNumber(number),
                        body(part, n)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            }
            StoredBlob blob = finish(digests, length, key, type);
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(incoming).uploadId(uploadId)
                    .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
            completed = true;
            s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(incoming).destinationBucket(bucket)
                    .destinationKey(prefix + key).metadataDirective(MetadataDirective.REPLACE).contentType(type)
                    .metadata(metadata(blob)));
            return blob;
        } finally {
            try {
                if (completed) {
                    s3.deleteObject(b -> b.bucket(bucket).key(incoming));
                } else {
                    s3.abortMultipartUpload(b -> b.bucket(bucket).key(incoming).uploadId(uploadId));
                }
            } catch (SdkException cleanup) {
                // the lifecycle rule on incomplete uploads (or on .incoming/) catches what is left
            }
        }
    }

    /** The first {@code n} bytes of the buffer, uncopied (a ByteArrayInputStream can be reset for a retry). */
    private static RequestBody body(byte[] part, int n) {
        return RequestBody.fromInputStream(new ByteArrayInputStream(part, 0, n), n);
    }

    /** Reads up to a part's worth, hashing it; refuses more bytes than announced. */
    private static int fill(InputStream content, byte[] part, BlobDigests digests, long length) throws IOException {
        int n = content.readNBytes(part, 0, part.length);
        digests.update(part, 0, n);
        if (length >= 0 && digests.size() > length) {
            throw DomainException.invalid("content", "is longer than the " + length + " bytes announced");
        }
        return n;
    }

    private static StoredBlob finish(BlobDigests digests, long length, String key, String type) {
        if (length >= 0 && digests.size() != length) {
            throw DomainException.invalid("content", "has " + digests.size() + " bytes, not the " + length
                    + " announced");
        }
        return digests.finish(key, type);
    }

    private static Map<String, String> metadata(StoredBlob blob) {
        return Map.of("sha256", blob.sha256(), "md5", blob.md5());
    }

    /** What is stored; an object written by someone else, without the hashes, has them empty. */
    @Override
    public Optional<StoredBlob> info(String key) {
        BlobStore.checkKey(key);
        return head(key).map(head -> new StoredBlob(key, head.contentLength(),
                head.contentType() == null ? "application/octet-stream" : head.contentType(),
                head.metadata().getOrDefault("sha256", ""), head.metadata().getOrDefault("md5", "")));
    }

    private Optional<HeadObjectResponse> head(String key) {
        try {
            return Optional.of(s3.headObject(b -> b.bucket(bucket).key(prefix + key)));
        } catch (SdkException e) {
            if (S3Errors.notFound(e)) {
                return Optional.empty();
            }
            throw failure("read", key, e);
        }
    }

    @Override
    public InputStream open(String key) {
        BlobStore.checkKey(key);
        try {
            return s3.getObject(b -> b.bucket(bucket).key(prefix + key));
        } catch (SdkException e) {
            if (S3Errors.notFound(e)) {
                throw DomainException.notFound("Blob", key);
            }
            throw failure("open", key, e);
        }
    }

    /** Removes the object; S3's delete says nothing of what was there, so a HEAD asks first. */
    @Override
    public boolean delete(String key) {
        BlobStore.checkKey(key);
        if (head(key).isEmpty()) {
            return false;
        }
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(prefix + key));
            return true;
        } catch (SdkException e) {
            throw failure("delete", key, e);
        }
    }

    /** A pre-signed GET, valid for {@code validFor} (at most 7 days, S3's limit for SigV4). */
    @Override
    public URI downloadUrl(String key, Duration validFor) {
        BlobStore.checkKey(key);
        if (validFor == null || validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_URL_VALIDITY) > 0) {
            throw DomainException.invalid("validFor", "must be more than 0 and at most 7 days");
        }
        if (head(key).isEmpty()) {
            throw DomainException.notFound("Blob", key);
        }
        try {
            return presigner.presignGetObject(b -> b.signatureDuration(validFor)
                    .getObjectRequest(g -> g.bucket(bucket).key(prefix + key))).url().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("the SDK signed a URL that is not a URI", e);
        } catch (SdkException e) {
            throw failure("sign a URL for", key, e);
        }
    }

    private DomainException failure(String what, String key, SdkException e) {
        return new DomainException(ErrorCode.INTEGRATION_ERROR, "S3 could not " + what + " the blob " + key + ": "
                + S3Errors.describe(e));
    }
}
