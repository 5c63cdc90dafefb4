package io.soundport.contracts;

import io.soundport.domain.port.BlobStore;
import io.soundport.domain.port.StoredBlob;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static io.soundport.contracts.Expect.domainError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link BlobStore} must do: keep content by key, streamed in and out (20 MB go through without being
 * held), with the size and the SHA-256 and MD5 the JDK computes; replace on a second put; delete; say NOT_FOUND for a
 * missing key; refuse invalid keys and a stream whose length is not the one given; take puts of different keys at the
 * same time; and give a download URL that fetches the content.
 */
public abstract class BlobStoreContract {
    /** Larger than a multipart upload's part, so that the S3 adapter uploads it in parts. */
    protected static final long LARGE = 20L * 1024 * 1024;

    protected abstract BlobStore store();

    /** Fetches a download URL as a client would: a plain GET for http(s), opening the file for {@code file:}. */
    protected InputStream fetch(URI url) throws IOException {
        return url.toURL().openStream();
    }

    private static String key(String name) {
        return "contract/" + Fixtures.suffix() + "/" + name;
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The size, SHA-256 and MD5 of a stream, by the JDK, reading it to its end. */
    private static List<String> digest(InputStream in) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        long size = 0;
        try (in) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
                md5.update(buffer, 0, n);
                size += n;
            }
        }
        return List.of(Long.toString(size), HexFormat.of().formatHex(sha256.digest()),
                HexFormat.of().formatHex(md5.digest()));
    }

    private static List<String> digest(StoredBlob blob) {
        return List.of(Long.toString(blob.size()), blob.sha256(), blob.md5());
    }

    private String read(String key) throws IOException {
        try (InputStream in = store().open(key)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void small_content_goes_in_and_comes_out_with_its_size_and_hashes() throws Exception {
        String key = key("cover.txt");
        String text = "Homogenic, 1997. Ünïcode too.";

        StoredBlob stored = store().put(key, bytes(text), text.getBytes(StandardCharsets.UTF_8).length, "text/plain");

        assertThat(stored.key()).isEqualTo(key);
        assertThat(stored.contentType()).isEqualTo("text/plain");
        assertThat(digest(stored)).isEqualTo(digest(bytes(text)));
        assertThat(store().info(key)).contains(stored);
        assertThat(read(key)).isEqualTo(text);
    }

    @Test
    void empty_content_is_stored_with_a_known_or_unknown_length() throws Exception {
        String known = key("empty-known");
        String unknown = key("empty-unknown");

        StoredBlob a = store().put(known, InputStream.nullInputStream(), 0, "application/octet-stream");
        StoredBlob b = store().put(unknown, InputStream.nullInputStream(), -1, "application/octet-stream");

        assertThat(digest(a)).isEqualTo(digest(InputStream.nullInputStream()))
                .containsExactly("0", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                        "d41d8cd98f00b204e9800998ecf8427e");
        assertThat(b).isEqualTo(new StoredBlob(unknown, 0, a.contentType(), a.sha256(), a.md5()));
        assertThat(read(known)).isEmpty();
        assertThat(store().info(unknown)).contains(b);
    }

    @Test
    void large_content_of_unknown_length_streams_through_in_parts() throws Exception {
        String key = key("audio.flac");

        StoredBlob stored = store().put(key, new GeneratedStream(LARGE + 12345, 7), -1, "audio/flac");

        List<String> expected = digest(new GeneratedStream(LARGE + 12345, 7));
        assertThat(digest(stored)).isEqualTo(expected);
        assertThat(digest(store().open(key))).isEqualTo(expected);
        assertThat(store().info(key)).contains(stored);
    }

    @Test
    void large_content_of_known_length_streams_through_too() throws Exception {
        String key = key("video.mp4");

        StoredBlob stored = store().put(key, new GeneratedStream(LARGE, 11), LARGE, "video/mp4");

        assertThat(digest(stored)).isEqualTo(digest(new GeneratedStream(LARGE, 11)));
        assertThat(digest(store().open(key))).isEqualTo(digest(stored));
    }

    @Test
    void a_second_put_replaces_the_content_and_its_metadata() throws Exception {
        String key = key("replaced");
        store().put(key, bytes("first version, longer"), -1, "text/plain");

        StoredBlob second = store().put(key, bytes("second"), 6, "application/json");

        assertThat(read(key)).isEqualTo("second");
        assertThat(store().info(key)).contains(second);
        assertThat(second.contentType()).isEqualTo("application/json");
    }

    @Test
    void a_deleted_key_is_gone_and_deleting_it_again_says_so() {
        String key = key("deleted");
        store().put(key, bytes("x"), 1, "text/plain");

        assertThat(store().delete(key)).isTrue();

        assertThat(store().info(key)).isEmpty();
        domainError(ErrorCode.NOT_FOUND, () -> store().open(key));
        assertThat(store().delete(key)).isFalse();
    }

    @Test
    void a_missing_key_has_no_info_no_content_and_no_download_url() {
        String key = key("never-written");

        assertThat(store().info(key)).isEmpty();
        domainError(ErrorCode.NOT_FOUND, () -> store().open(key));
        domainError(ErrorCode.NOT_FOUND, () -> store().downloadUrl(key, Duration.ofMinutes(5)));
        assertThat(store().delete(key)).isFalse();
    }

    @Test
    void invalid_keys_are_refused_by_every_operation() {
        for (String bad : new String[] {"", "/absolute", "a/../../escape", "..", "a//b", "trailing/", "tab\tkey",
                "back\\slash", "x".repeat(BlobStore.MAX_KEY_BYTES + 1)}) {
            assertRefused(() -> store().put(bad, bytes("x"), 1, "text/plain"));
            assertRefused(() -> store().info(bad));
            assertRefused(() -> store().open(bad));
            assertRefused(() -> store().delete(bad));
            assertRefused(() -> store().downloadUrl(bad, Duration.ofMinutes(1)));
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(e.details()).extracting(d -> d.field()).containsExactly("key");
        });
    }

    @Test
    void a_stream_shorter_or_longer_than_its_length_is_refused_and_nothing_is_stored() {
        String shorter = key("shorter");
        String longer = key("longer");

        domainError(ErrorCode.VALIDATION_ERROR, () -> store().put(shorter, bytes("abc"), 10, "text/plain"));
        domainError(ErrorCode.VALIDATION_ERROR, () -> store().put(longer, bytes("abcdef"), 3, "text/plain"));

        assertThat(store().info(shorter)).isEmpty();
        assertThat(store().info(longer)).isEmpty();
    }

    @Test
    void a_failing_stream_stores_nothing_and_keeps_what_was_there() throws Exception {
        String key = key("kept");
        store().put(key, bytes("kept"), 4, "text/plain");
        InputStream failing = new SequenceInputStream(bytes("partial"), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the client went away");
            }
        });

        assertThatThrownBy(() -> store().put(key, failing, -1, "text/plain")).isInstanceOf(DomainException.class);

        assertThat(read(key)).isEqualTo("kept");
    }

    @Test
    void puts_of_different_keys_at_the_same_time_all_land() throws Exception {
        String prefix = key("concurrent");
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<StoredBlob> stored = Concurrently.run(6, () -> {
            int i = next.getAndIncrement();
            return store().put(prefix + "/" + i, new GeneratedStream(200_000 + i, i), -1, "audio/wav");
        });

        assertThat(stored).extracting(StoredBlob::key).doesNotHaveDuplicates().hasSize(6);
        for (StoredBlob blob : stored) {
            int i = Integer.parseInt(blob.key().substring(prefix.length() + 1));
            assertThat(digest(blob)).isEqualTo(digest(new GeneratedStream(200_000 + i, i)));
            assertThat(digest(store().open(blob.key()))).isEqualTo(digest(blob));
        }
    }

    @Test
    void a_download_url_fetches_the_content() throws Exception {
        String key = key("download/artwork 1.jpg");
        store().put(key, new GeneratedStream(300_000, 3), 300_000, "image/jpeg");

        URI url = store().downloadUrl(key, Duration.ofMinutes(10));

        assertThat(digest(fetch(url))).isEqualTo(digest(new GeneratedStream(300_000, 3)));
    }
}
