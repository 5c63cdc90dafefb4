package io.soundport.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class PageRequestTest {

    @Test
    void defaults_to_twenty_items_from_the_start() {
        PageRequest page = PageRequest.of(null, null);

        assertThat(page.limit()).isEqualTo(20).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(page.after()).isNull();
    }

    @Test
    void a_blank_cursor_means_the_first_page() {
        assertThat(PageRequest.of(5, "  ").after()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50, 100})
    void accepts_a_limit_from_1_to_100(int limit) {
        assertThat(PageRequest.of(limit, null).limit()).isEqualTo(limit);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 101, 1000})
    void rejects_a_limit_outside_1_to_100(int limit) {
        assertInvalid(() -> PageRequest.of(limit, null), "limit");
        assertInvalid(() -> PageRequest.first(limit), "limit");
    }

    @Test
    void continues_after_the_cursor_it_was_given() {
        Cursor cursor = new Cursor(Instant.parse("2026-03-01T12:00:00Z"), "rel_01HZX3K5QW8R2V7T9YB4C6D0EF");

        assertThat(PageRequest.of(10, cursor.encode()).after()).isEqualTo(cursor);
    }

    @Test
    void reports_a_bad_limit_and_a_bad_cursor_at_once() {
        assertInvalid(() -> PageRequest.of(0, "garbage!"), "limit", "cursor");
    }
}
