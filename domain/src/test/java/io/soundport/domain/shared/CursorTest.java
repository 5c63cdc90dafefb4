package io.soundport.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class CursorTest {

    @Test
    void decodes_what_it_encoded_to_the_nanosecond() {
        Cursor cursor = new Cursor(Instant.parse("2026-03-01T12:00:00.123456789Z"), "rel_01HZX3K5QW8R2V7T9YB4C6D0EF");

        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void survives_an_id_containing_the_separators() {
        Cursor cursor = new Cursor(Instant.ofEpochSecond(1, 5), "a|b.c");

        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void encodes_to_a_url_safe_string_without_padding() {
        String encoded = new Cursor(Instant.parse("2026-03-01T12:00:00Z"), "trk_01HZX3K5QW8R2V7T9YB4C6D0EF??>>")
                .encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor!", "%%%", "====", "abc"})
    void rejects_garbage(String garbage) {
        assertInvalid(() -> Cursor.decode(garbage), "cursor");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hello",                     // no separators
            "12.5|",                     // no id
            "12|rel_1",                  // no nanoseconds
            "x.5|rel_1",                 // seconds not a number
            "12.y|rel_1",                // nanoseconds not a number
            "99999999999999999.0|rel_1", // beyond the range of an instant
            "99999999999999999999.0|r"}) // beyond the range of a long
    void rejects_well_encoded_text_that_is_no_cursor(String raw) {
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));

        assertInvalid(() -> Cursor.decode(encoded), "cursor");
    }
}
