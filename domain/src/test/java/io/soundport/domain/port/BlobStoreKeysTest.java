package io.soundport.domain.port;

import io.soundport.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlobStoreKeysTest {
    @Test
    void a_key_is_a_printable_relative_path_of_at_most_1024_bytes() {
        for (String good : new String[] {"a", "releases/rel_1/cover.jpg", "audio/Ünïcode 🎵.flac", "a..b/c.",
                "x".repeat(1024)}) {
            assertThat(BlobStore.checkKey(good)).isEqualTo(good);
        }
        for (String bad : new String[] {null, "", "/abs", "dir/", "a//b", "../up", "a/../b", "./a", "a/.", "a\\b",
                "tab\there", "nul\0", "del\u007f", "lone\ud800", "lone\udc00x", "x".repeat(1025),
                "é".repeat(513)}) {
            assertThatThrownBy(() -> BlobStore.checkKey(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.details()).extracting(d -> d.field()).containsExactly("key"));
        }
    }
}
