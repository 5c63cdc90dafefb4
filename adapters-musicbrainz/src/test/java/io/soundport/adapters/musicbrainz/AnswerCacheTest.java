package io.soundport.adapters.musicbrainz;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerCacheTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();

    private String load(AnswerCache cache, String url, Duration ttl) {
        return cache.get(url, () -> url + "#" + loads.incrementAndGet(), answer -> ttl);
    }

    @Test
    void keeps_an_answer_for_its_time_then_asks_again() {
        AnswerCache cache = new AnswerCache(10, now::get);

        assertThat(load(cache, "a", Duration.ofSeconds(60))).isEqualTo("a#1");
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(load(cache, "a", Duration.ofSeconds(60))).isEqualTo("a#1");
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(load(cache, "a", Duration.ofSeconds(60))).isEqualTo("a#2");
    }

    @Test
    void keeps_each_answer_for_the_time_its_kind_deserves() {
        AnswerCache cache = new AnswerCache(10, now::get);
        cache.get("found", () -> Optional.of("x"), found -> found.isPresent() ? Duration.ofHours(1) : Duration.ofMinutes(5));
        cache.get("missing", () -> Optional.empty(), found -> found.isPresent() ? Duration.ofHours(1) : Duration.ofMinutes(5));

        now.addAndGet(Duration.ofMinutes(6).toNanos());

        assertThat(cache.get("found", () -> Optional.of("reloaded"), found -> Duration.ofHours(1))).contains("x");
        assertThat(cache.get("missing", () -> Optional.of("now known"), found -> Duration.ofHours(1)))
                .contains("now known");
    }

    @Test
    void drops_the_least_recently_used_past_its_bound() {
        AnswerCache cache = new AnswerCache(2, now::get);
        load(cache, "a", Duration.ofHours(1));
        load(cache, "b", Duration.ofHours(1));
        load(cache, "a", Duration.ofHours(1));
        load(cache, "c", Duration.ofHours(1));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(load(cache, "a", Duration.ofHours(1))).isEqualTo("a#1");
        assertThat(load(cache, "b", Duration.ofHours(1))).as("dropped").isEqualTo("b#4");
    }

    @Test
    void a_cache_of_no_entries_keeps_nothing() {
        AnswerCache cache = new AnswerCache(0, now::get);
        load(cache, "a", Duration.ofHours(1));

        assertThat(load(cache, "a", Duration.ofHours(1))).isEqualTo("a#2");
        assertThat(cache.size()).isZero();
    }
}
