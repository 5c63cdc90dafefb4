package io.soundport.resilience;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2025-10-07T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void reads_delay_seconds() {
        assertThat(RetryAfter.parse("120", clock)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", clock)).isEqualTo(Duration.ZERO);
    }

    @Test
    void reads_an_http_date_as_the_time_until_it() {
        assertThat(RetryAfter.parse("Tue, 07 Oct 2025 12:00:30 GMT", clock)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void a_date_already_past_is_no_wait() {
        assertThat(RetryAfter.parse("Tue, 07 Oct 2025 11:59:00 GMT", clock)).isEqualTo(Duration.ZERO);
    }

    @Test
    void an_absent_or_unreadable_value_is_none() {
        assertThat(RetryAfter.parse(null, clock)).isNull();
        assertThat(RetryAfter.parse("soon", clock)).isNull();
        assertThat(RetryAfter.parse("-5", clock)).isNull();
        assertThat(RetryAfter.parse("99999999999999999999999", clock)).isNull();
    }
}
