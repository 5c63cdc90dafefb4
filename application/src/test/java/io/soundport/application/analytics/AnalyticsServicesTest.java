package io.soundport.application.analytics;

import io.soundport.application.catalog.IngestReleaseCommand.RawTrack;
import io.soundport.application.testing.Core;
import io.soundport.domain.analytics.Revenue;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;

import static io.soundport.application.testing.Core.aReleaseDraft;
import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AnalyticsServicesTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private final Core core = new Core();
    private final StreamIngestion ingestion = core.streamIngestion();
    private final AnalyticsQueries analytics = core.analytics();
    private Caller member;
    private Track angel;
    private Track risingson;

    @BeforeEach
    void a_catalog_with_two_tracks() {
        member = core.member(Role.MEMBER);
        List<Track> tracks = core.releases().ingest(member, aReleaseDraft().tracks(
                new RawTrack("Angel", "GB-AAA-98-00001", 379_000L, false, null),
                new RawTrack("Risingson", "GB-AAA-98-00002", 298_000L, false, null)).build()).tracks();
        angel = tracks.get(0);
        risingson = tracks.get(1);
    }

    private static StreamEventInput stream(String id, Track track, String country, String at, long count,
                                           String amount, String currency) {
        return new StreamEventInput(id, track.id().value(), null, "spotify", country, at, count,
                amount == null ? null : new BigDecimal(amount), currency);
    }

    private RecordedStreams record(StreamEventInput... events) {
        return ingestion.record(member, RecordStreamsCommand.of(List.of(events)));
    }

    private AnalyticsOverview overview(String from, String to) {
        return analytics.overview(member, AnalyticsPeriod.of(from, to));
    }

    @Test
    void counted_streams_make_the_overview_with_revenue_per_currency_and_the_top_tracks_and_countries() {
        RecordedStreams recorded = record(
                stream("e1", angel, "GB", "2026-02-10T10:00:00Z", 5, "0.017", "USD"),
                stream("e2", angel, "DE", "2026-02-11T10:00:00Z", 2, "0.006", "EUR"),
                stream("e3", risingson, "GB", "2026-02-12T10:00:00Z", 9, null, null),
                stream("e4", angel, "GB", "2026-03-01T10:00:00Z", 100, "1", "USD"));

        assertThat(recorded).isEqualTo(new RecordedStreams(4, 4, 0));
        AnalyticsOverview february = overview("2026-02-01", "2026-02-28");
        assertThat(february.totals()).isEqualTo(new Totals(16,
                List.of(new Revenue(6_000, EUR), new Revenue(17_000, USD))));
        assertThat(february.topTracks()).extracting(t -> t.trackId(), t -> t.title(), t -> t.totals().streams())
                .containsExactly(tuple(risingson.id(), "Risingson", 9L), tuple(angel.id(), "Angel", 7L));
        assertThat(february.topCountries()).extracting(c -> c.country().code(), c -> c.totals().streams())
                .containsExactly(tuple("GB", 14L), tuple("DE", 2L));
        assertThat(overview("2026-03-01", "2026-03-31").totals().streams()).isEqualTo(100);
    }

    @Test
    void a_batch_sent_again_counts_nothing_twice() {
        StreamEventInput[] batch = {stream("a", angel, "FR", "2026-02-10T10:00:00Z", 3, null, null),
                stream("b", angel, "FR", "2026-02-10T11:00:00Z", 4, null, null)};
        record(batch);

        RecordedStreams again = record(batch);

        assertThat(again).isEqualTo(new RecordedStreams(2, 0, 2));
        assertThat(overview("2026-02-10", "2026-02-10").totals().streams()).isEqualTo(7);
    }

    @Test
    void a_track_is_found_by_its_isrc() {
        ingestion.record(member, RecordStreamsCommand.of(List.of(new StreamEventInput("by-isrc", null,
                "GB-AAA-98-00002", "Apple Music", "US", "2026-02-10T10:00:00+01:00", null, null, null))));

        TrackStreams streams = analytics.track(member, TrackStreamsQuery.of(risingson.id(), "2026-02-10",
                "2026-02-10", null));
        assertThat(streams.totals().streams()).isEqualTo(1);
        assertThat(streams.byStore()).extracting(s -> s.store().name()).containsExactly("apple_music");
    }

    @Test
    void one_wrong_event_refuses_the_batch_naming_every_wrong_field_and_nothing_is_counted() {
        Caller stranger = core.member(Role.OWNER);
        Track theirs = core.releases().ingest(stranger, aReleaseDraft().build()).tracks().get(0);
        String tomorrow = core.clock.now().plus(Duration.ofDays(1)).toString();

        assertInvalid(() -> record(
                        stream("ok", angel, "GB", "2026-02-10T10:00:00Z", 1, null, null),
                        stream("theirs", theirs, "GB", "2026-02-10T10:00:00Z", 1, null, null),
                        new StreamEventInput("no-isrc", null, "GB-ZZZ-98-99999", "spotify", "GB",
                                "2026-02-10T10:00:00Z", null, null, null),
                        stream("future", angel, "GB", tomorrow, 1, null, null)),
                "events[1].trackId", "events[2].isrc", "events[3].occurredAt");
        assertInvalid(() -> RecordStreamsCommand.of(List.of(
                        new StreamEventInput("", angel.id().value(), "GB-AAA-98-00001", "!!!", "XX",
                                "yesterday", 0L, new BigDecimal("0.1234567"), "EURO"))),
                "events[0].eventId", "events[0].trackId", "events[0].partner", "events[0].country",
                "events[0].occurredAt", "events[0].count", "events[0].revenue.currency");
        assertInvalid(() -> RecordStreamsCommand.of(List.of(stream("x", angel, "GB", "2026-02-10T10:00:00Z", 1,
                "0.1234567", "USD"))), "events[0].revenue.amount");

        assertThat(overview("2026-02-01", "2026-02-28").totals()).isEqualTo(Totals.NONE);
    }

    @Test
    void a_batch_holds_one_to_a_thousand_events() {
        List<StreamEventInput> tooMany = IntStream.range(0, 1_001)
                .mapToObj(i -> stream("m" + i, angel, "GB", "2026-02-10T10:00:00Z", 1, null, null)).toList();

        assertInvalid(() -> RecordStreamsCommand.of(tooMany), "events");
        assertInvalid(() -> RecordStreamsCommand.of(List.of()), "events");
        assertThat(ingestion.record(member, RecordStreamsCommand.of(tooMany.subList(0, 1_000))).recorded())
                .isEqualTo(1_000);
    }

    @Test
    void readers_read_and_only_writers_count() {
        Caller viewer = core.colleague(member, Role.VIEWER);
        Caller readKey = core.apiKeyOf(member, Scope.READ);
        RecordStreamsCommand one = RecordStreamsCommand.of(List.of(stream("v", angel, "GB", "2026-02-10T10:00:00Z",
                1, null, null)));

        assertRejected(() -> ingestion.record(viewer, one), ErrorCode.AUTHORIZATION_ERROR);
        assertRejected(() -> ingestion.record(readKey, one), ErrorCode.AUTHORIZATION_ERROR);
        assertThat(ingestion.record(core.apiKeyOf(member, Scope.WRITE), one).recorded()).isEqualTo(1);
        assertThat(analytics.overview(viewer, AnalyticsPeriod.of("2026-02-10", "2026-02-10")).totals().streams())
                .isEqualTo(1);
    }

    @Test
    void a_track_has_a_point_per_day_or_hour_and_breakdowns_by_country_and_store() {
        ingestion.record(member, RecordStreamsCommand.of(List.of(
                stream("d1", angel, "GB", "2026-02-10T10:15:00Z", 3, "0.01", "USD"),
                new StreamEventInput("d2", angel.id().value(), null, "deezer", "FR", "2026-02-10T10:45:00Z", 2L,
                        null, null),
                stream("d3", angel, "FR", "2026-02-12T23:59:59Z", 4, null, null),
                stream("d4", risingson, "FR", "2026-02-12T12:00:00Z", 50, null, null))));

        TrackStreams daily = analytics.track(member, TrackStreamsQuery.of(angel.id(), "2026-02-10", "2026-02-13",
                "day"));
        assertThat(daily.series()).extracting(p -> p.start().toString(), p -> p.totals().streams()).containsExactly(
                tuple("2026-02-10T00:00:00Z", 5L), tuple("2026-02-11T00:00:00Z", 0L),
                tuple("2026-02-12T00:00:00Z", 4L), tuple("2026-02-13T00:00:00Z", 0L));
        assertThat(daily.byCountry()).extracting(c -> c.country().code(), c -> c.totals().streams())
                .containsExactly(tuple("FR", 6L), tuple("GB", 3L));
        assertThat(daily.byStore()).extracting(s -> s.store().name(), s -> s.totals().streams())
                .containsExactly(tuple("spotify", 7L), tuple("deezer", 2L));
        assertThat(daily.totals()).isEqualTo(new Totals(9, List.of(new Revenue(10_000, USD))));

        TrackStreams hourly = analytics.track(member, TrackStreamsQuery.of(angel.id(), "2026-02-10", "2026-02-10",
                "hour"));
        assertThat(hourly.series()).hasSize(24);
        assertThat(hourly.series().get(10).totals().streams()).isEqualTo(5);
        assertThat(hourly.series().get(9).totals().streams()).isZero();
    }

    @Test
    void reads_are_bounded_and_a_track_of_another_catalog_is_not_found() {
        assertInvalid(() -> AnalyticsPeriod.of("2026-02-10", "2026-02-01"), "to");
        assertInvalid(() -> AnalyticsPeriod.of("2020-01-01", "2026-01-01"), "to");
        assertInvalid(() -> AnalyticsPeriod.of("01/02/2026", null), "from", "to");
        assertInvalid(() -> TrackStreamsQuery.of(angel.id(), "2026-01-01", "2026-03-01", "hour"), "to");
        assertInvalid(() -> TrackStreamsQuery.of(angel.id(), "2026-01-01", "2026-01-02", "week"), "granularity");

        Caller stranger = core.member(Role.OWNER);
        assertRejected(() -> analytics.track(stranger, TrackStreamsQuery.of(angel.id(), "2026-02-10", "2026-02-10",
                null)), ErrorCode.NOT_FOUND);
        assertRejected(() -> analytics.realtime(stranger, angel.id()), ErrorCode.NOT_FOUND);
    }

    @Test
    void revenue_is_reported_per_month_and_store() {
        List<StreamEventInput> events = new ArrayList<>();
        events.add(new StreamEventInput("r1", angel.id().value(), null, "spotify", "GB", "2026-01-31T23:00:00Z",
                1_000L, new BigDecimal("3.4"), "USD"));
        events.add(new StreamEventInput("r2", angel.id().value(), null, "deezer", "GB", "2026-02-01T00:00:00Z",
                500L, new BigDecimal("1.25"), "EUR"));
        events.add(new StreamEventInput("r3", risingson.id().value(), null, "spotify", "GB", "2026-02-14T00:00:00Z",
                10L, new BigDecimal("0.034"), "USD"));
        ingestion.record(member, RecordStreamsCommand.of(events));

        RevenueReport report = analytics.revenue(member, RevenuePeriod.of("2026"));

        assertThat(report.lines()).extracting(l -> l.month().toString(), l -> l.store().name(),
                l -> l.totals().streams()).containsExactly(tuple("2026-01", "spotify", 1_000L),
                tuple("2026-02", "deezer", 500L), tuple("2026-02", "spotify", 10L));
        assertThat(report.totals().revenue()).containsExactly(new Revenue(1_250_000, EUR), new Revenue(3_434_000, USD));
        assertThat(analytics.revenue(member, RevenuePeriod.of("2026-02..2026-02")).lines()).hasSize(2);
        assertInvalid(() -> RevenuePeriod.of("2026-13"), "period");
        assertInvalid(() -> RevenuePeriod.of("2020..2026"), "period");
    }

    @Test
    void the_last_hour_is_counted_minute_by_minute() {
        Instant now = core.clock.now();
        ingestion.record(member, RecordStreamsCommand.of(List.of(
                stream("now", angel, "GB", now.toString(), 2, null, null),
                stream("ten-ago", angel, "GB", now.minus(Duration.ofMinutes(10)).toString(), 3, null, null),
                stream("two-hours-ago", angel, "GB", now.minus(Duration.ofHours(2)).toString(), 7, null, null))));

        RealtimeStreams realtime = analytics.realtime(member, angel.id());

        assertThat(realtime.minutes()).hasSize(60);
        assertThat(realtime.minutes().get(59).streams()).isEqualTo(2);
        assertThat(realtime.minutes().get(49).streams()).isEqualTo(3);
        assertThat(realtime.total()).isEqualTo(5);
    }
}
