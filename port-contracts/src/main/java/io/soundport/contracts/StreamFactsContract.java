package io.soundport.contracts;

import io.soundport.domain.analytics.Country;
import io.soundport.domain.analytics.RecordedFacts;
import io.soundport.domain.analytics.Revenue;
import io.soundport.domain.analytics.RollupRow;
import io.soundport.domain.analytics.Series;
import io.soundport.domain.analytics.Store;
import io.soundport.domain.analytics.StreamEventKey;
import io.soundport.domain.analytics.StreamFact;
import io.soundport.domain.analytics.StreamFacts;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.persistence.PersistencePorts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What every adapter of {@link StreamFacts} must do. */
public abstract class StreamFactsContract {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-12-04T18:30:00Z");

    protected abstract PersistencePorts ports();

    private StreamFacts facts() {
        return ports().streamFacts();
    }

    private OrganizationId organization() {
        Organization organization = Stored.organization(ports());
        return organization.id();
    }

    private static TrackId track() {
        return TrackId.of(Fixtures.id(TrackId.PREFIX));
    }

    private static StreamFact fact(TrackId track, String at, long count, Revenue revenue) {
        return fact(Fixtures.suffix(), track, "spotify", "US", at, count, revenue);
    }

    private static StreamFact fact(String key, TrackId track, String store, String country, String at, long count,
                                   Revenue revenue) {
        return new StreamFact(StreamEventKey.of(key), track, Store.of(store), Country.of(country), Instant.parse(at),
                count, revenue);
    }

    private static Revenue usd(long micros) {
        return new Revenue(micros, USD);
    }

    private List<RollupRow> rows(OrganizationId org, Series series, String scope, String from, String to) {
        return facts().rows(org, series, scope, from, to);
    }

    private static long streams(List<RollupRow> rows) {
        return rows.stream().mapToLong(RollupRow::streams).sum();
    }

    @Test
    void a_recorded_fact_counts_in_every_series() {
        OrganizationId org = organization();
        TrackId track = track();

        RecordedFacts recorded = facts().record(org, List.of(
                fact("a-1", track, "spotify", "DE", "2026-12-04T18:10:30Z", 3, usd(12_000)),
                fact("a-2", track, "apple_music", "US", "2026-12-04T18:11:00Z", 2, null)), NOW);

        assertThat(recorded).isEqualTo(new RecordedFacts(2, 0));
        assertThat(rows(org, Series.DAILY, "", "2026-12-04", "2026-12-04")).containsExactlyInAnyOrder(
                new RollupRow(Series.DAILY, "", "2026-12-04", "", "USD", 3, 12_000),
                new RollupRow(Series.DAILY, "", "2026-12-04", "", "", 2, 0));
        assertThat(rows(org, Series.TRACK_DAILY, "", "2026-12-01", "2026-12-31")).extracting(RollupRow::dims)
                .containsOnly(track.value());
        assertThat(rows(org, Series.COUNTRY_DAILY, "", "2026-12-04", "2026-12-04"))
                .extracting(RollupRow::dims, RollupRow::streams).containsExactlyInAnyOrder(
                        tuple("DE", 3L), tuple("US", 2L));
        assertThat(rows(org, Series.STORE_MONTHLY, "", "2026-12", "2026-12"))
                .extracting(RollupRow::dims, RollupRow::revenueMicros).containsExactlyInAnyOrder(
                        tuple("spotify", 12_000L),
                        tuple("apple_music", 0L));
        assertThat(rows(org, Series.TRACK_BREAKDOWN, track.value(), "2026-12-04", "2026-12-04"))
                .extracting(RollupRow::dims).containsExactlyInAnyOrder("DE|spotify", "US|apple_music");
        assertThat(streams(rows(org, Series.TRACK_HOURLY, track.value(), "2026-12-04T18", "2026-12-04T18")))
                .isEqualTo(5);
        assertThat(rows(org, Series.TRACK_MINUTE, track.value(), "2026-12-04T18:10", "2026-12-04T18:11"))
                .extracting(RollupRow::bucket, RollupRow::streams).containsExactlyInAnyOrder(
                        tuple("2026-12-04T18:10", 3L),
                        tuple("2026-12-04T18:11", 2L));
    }

    @Test
    void increments_add_to_the_rows_already_there() {
        OrganizationId org = organization();
        TrackId track = track();
        facts().record(org, List.of(fact(track, "2026-11-02T10:00:00Z", 4, usd(1_000))), NOW);

        facts().record(org, List.of(fact(track, "2026-11-02T23:59:59Z", 6, usd(2_500))), NOW);

        assertThat(rows(org, Series.DAILY, "", "2026-11-02", "2026-11-02"))
                .containsExactly(new RollupRow(Series.DAILY, "", "2026-11-02", "", "USD", 10, 3_500));
    }

    @Test
    void a_key_recorded_before_or_twice_in_a_batch_counts_once() {
        OrganizationId org = organization();
        TrackId track = track();
        facts().record(org, List.of(fact("once", track, "spotify", "US", "2026-11-03T10:00:00Z", 5, null)), NOW);

        RecordedFacts again = facts().record(org, List.of(
                fact("once", track, "spotify", "US", "2026-11-03T10:00:00Z", 5, null),
                fact("twice", track, "spotify", "US", "2026-11-03T11:00:00Z", 1, null),
                fact("twice", track, "spotify", "US", "2026-11-03T11:00:00Z", 1, null)), NOW);

        assertThat(again).isEqualTo(new RecordedFacts(1, 2));
        assertThat(streams(rows(org, Series.DAILY, "", "2026-11-03", "2026-11-03"))).isEqualTo(6);
    }

    @Test
    void organizations_keep_their_own_keys_and_rows() {
        OrganizationId one = organization();
        OrganizationId other = organization();
        TrackId track = track();

        facts().record(one, List.of(fact("shared-key", track, "spotify", "US", "2026-11-04T10:00:00Z", 2, null)), NOW);
        RecordedFacts theirs = facts().record(other,
                List.of(fact("shared-key", track, "spotify", "US", "2026-11-04T10:00:00Z", 7, null)), NOW);

        assertThat(theirs.recorded()).isEqualTo(1);
        assertThat(streams(rows(one, Series.DAILY, "", "2026-11-04", "2026-11-04"))).isEqualTo(2);
        assertThat(streams(rows(other, Series.DAILY, "", "2026-11-04", "2026-11-04"))).isEqualTo(7);
    }

    @Test
    void revenue_is_kept_per_currency_and_streams_without_revenue_apart() {
        OrganizationId org = organization();
        TrackId track = track();

        facts().record(org, List.of(
                fact(track, "2026-11-05T10:00:00Z", 1, usd(3_400)),
                fact(track, "2026-11-05T10:00:00Z", 1, new Revenue(2_900, EUR)),
                fact(track, "2026-11-05T10:00:00Z", 1, usd(3_400)),
                fact(track, "2026-11-05T10:00:00Z", 1, null)), NOW);

        assertThat(rows(org, Series.DAILY, "", "2026-11-05", "2026-11-05"))
                .extracting(RollupRow::currency, RollupRow::streams, RollupRow::revenueMicros)
                .containsExactlyInAnyOrder(tuple("USD", 2L, 6_800L),
                        tuple("EUR", 1L, 2_900L),
                        tuple("", 1L, 0L));
    }

    @Test
    void reads_take_buckets_from_the_first_to_the_last_inclusive_within_one_scope() {
        OrganizationId org = organization();
        TrackId track = track();
        TrackId other = track();
        facts().record(org, List.of(
                fact(track, "2026-10-31T23:00:00Z", 1, null),
                fact(track, "2026-11-01T00:00:00Z", 2, null),
                fact(track, "2026-11-30T23:59:59Z", 4, null),
                fact(track, "2026-12-01T00:00:00Z", 8, null),
                fact(other, "2026-11-15T00:00:00Z", 16, null)), NOW);

        assertThat(streams(rows(org, Series.DAILY, "", "2026-11-01", "2026-11-30"))).isEqualTo(2 + 4 + 16);
        assertThat(streams(rows(org, Series.TRACK_HOURLY, track.value(), "2026-11-01T00", "2026-11-30T23")))
                .isEqualTo(2 + 4);
        assertThat(streams(rows(org, Series.STORE_MONTHLY, "", "2026-11", "2026-11"))).isEqualTo(22);
        assertThat(rows(org, Series.TRACK_BREAKDOWN, track().value(), "2026-01-01", "2026-12-31")).isEmpty();
    }

    @Test
    void only_facts_of_the_last_hour_count_minute_by_minute() {
        OrganizationId org = organization();
        TrackId track = track();

        facts().record(org, List.of(
                fact(track, "2026-12-04T17:29:00Z", 1, null),
                fact(track, "2026-12-04T17:31:00Z", 2, null),
                fact(track, "2026-12-04T18:30:00Z", 4, null)), NOW);

        assertThat(rows(org, Series.TRACK_MINUTE, track.value(), "2026-12-04T00:00", "2026-12-04T23:59"))
                .extracting(RollupRow::bucket).containsExactlyInAnyOrder("2026-12-04T17:31", "2026-12-04T18:30");
        assertThat(streams(rows(org, Series.TRACK_HOURLY, track.value(), "2026-12-04T17", "2026-12-04T18")))
                .isEqualTo(7);
    }

    @Test
    void a_full_batch_over_many_tracks_and_days_counts_every_fact() {
        OrganizationId org = organization();
        List<TrackId> tracks = IntStream.range(0, 40).mapToObj(i -> track()).toList();
        Instant start = Instant.parse("2026-06-01T00:00:00Z");
        List<StreamFact> batch = IntStream.range(0, StreamFacts.MAX_BATCH).mapToObj(i -> new StreamFact(
                StreamEventKey.of("full-" + i), tracks.get(i % tracks.size()),
                Store.of(i % 3 == 0 ? "spotify" : "deezer"), Country.of(i % 2 == 0 ? "FR" : "BR"),
                start.plus(Duration.ofHours(i % 240)), 1 + i % 5, i % 4 == 0 ? usd(1_000 + i) : null)).toList();
        long expectedStreams = batch.stream().mapToLong(StreamFact::count).sum();
        long expectedMicros = batch.stream().filter(f -> f.revenue() != null).mapToLong(f -> f.revenue().micros()).sum();

        RecordedFacts recorded = facts().record(org, batch, NOW);

        assertThat(recorded).isEqualTo(new RecordedFacts(StreamFacts.MAX_BATCH, 0));
        List<RollupRow> daily = rows(org, Series.DAILY, "", "2026-06-01", "2026-06-30");
        assertThat(streams(daily)).isEqualTo(expectedStreams);
        assertThat(daily.stream().mapToLong(RollupRow::revenueMicros).sum()).isEqualTo(expectedMicros);
        assertThat(streams(rows(org, Series.TRACK_DAILY, "", "2026-06-01", "2026-06-30"))).isEqualTo(expectedStreams);
        assertThat(streams(rows(org, Series.TRACK_BREAKDOWN, tracks.get(7).value(), "2026-06-01", "2026-06-30")))
                .isEqualTo(batch.stream().filter(f -> f.trackId().equals(tracks.get(7)))
                        .mapToLong(StreamFact::count).sum());
    }

    @Test
    void the_same_batch_sent_by_several_senders_at_once_counts_once() throws Exception {
        OrganizationId org = organization();
        TrackId track = track();
        List<StreamFact> batch = IntStream.range(0, 150).mapToObj(i -> fact("race-" + i, track,
                i % 2 == 0 ? "spotify" : "tidal", "JP", "2026-11-06T0" + (i % 10) + ":00:00Z", 1, usd(10))).toList();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Callable<RecordedFacts>> sends = IntStream.range(0, 4)
                    .mapToObj(i -> (Callable<RecordedFacts>) () -> facts().record(org, batch, NOW)).toList();
            List<RecordedFacts> outcomes = new ArrayList<>();
            for (Future<RecordedFacts> outcome : senders.invokeAll(sends)) {
                outcomes.add(outcome.get());
            }

            assertThat(outcomes.stream().mapToInt(RecordedFacts::recorded).sum()).isEqualTo(150);
            assertThat(outcomes.stream().mapToInt(RecordedFacts::duplicates).sum()).isEqualTo(3 * 150);
        } finally {
            senders.shutdownNow();
        }
        List<RollupRow> daily = rows(org, Series.DAILY, "", "2026-11-06", "2026-11-06");
        assertThat(streams(daily)).isEqualTo(150);
        assertThat(daily.stream().mapToLong(RollupRow::revenueMicros).sum()).isEqualTo(1_500);
    }
}
