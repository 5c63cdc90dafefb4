package io.soundport.adapters.local;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SystemClockTest {

    @Test
    void keeps_microseconds_the_precision_every_store_keeps() {
        Clock fixed = Clock.fixed(Instant.parse("2025-03-01T10:15:30.123456789Z"), ZoneOffset.UTC);

        assertThat(new SystemClock(fixed).now()).isEqualTo(Instant.parse("2025-03-01T10:15:30.123456Z"));
    }

    @Test
    void tells_the_current_time() {
        Instant before = Instant.now().minusSeconds(1);

        assertThat(new SystemClock().now()).isAfter(before).isBefore(Instant.now().plusSeconds(1));
    }
}
