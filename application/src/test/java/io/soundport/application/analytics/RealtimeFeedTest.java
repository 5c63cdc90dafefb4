package io.soundport.application.analytics;

import io.soundport.application.catalog.IngestReleaseCommand.RawTrack;
import io.soundport.application.testing.Core;
import io.soundport.domain.analytics.RecordedFacts;
import io.soundport.domain.analytics.RollupRow;
import io.soundport.domain.analytics.Series;
import io.soundport.domain.analytics.StreamFact;
import io.soundport.domain.analytics.StreamFacts;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Role;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.soundport.application.testing.Core.aReleaseDraft;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class RealtimeFeedTest {
    private final Core core = new Core();
    private final AtomicInteger reads = new AtomicInteger();
    /** The store's stream facts, counting the reads of rollups. */
    private final StreamFacts counted = new StreamFacts() {
        @Override
        public RecordedFacts record(OrganizationId org, List<StreamFact> facts, Instant now) {
            return core.store.streamFacts().record(org, facts, now);
        }

        @Override
        public List<RollupRow> rows(OrganizationId org, Series series, String scope, String fromBucket,
                                    String toBucket) {
            reads.incrementAndGet();
            return core.store.streamFacts().rows(org, series, scope, fromBucket, toBucket);
        }
    };
    private final AnalyticsQueries queries = new AnalyticsQueries(counted, core.store.tracks(),
            core.store.campaignInsights(), core.clock);
    private final StreamIngestion ingestion = core.streamIngestion();
    private final Caller member = core.member(Role.MEMBER);
    private final List<Track> tracks = core.releases().ingest(member, aReleaseDraft().tracks(
            new RawTrack("Angel", "GB-AAA-98-00001", 379_000L, false, null),
            new RawTrack("Risingson", "GB-AAA-98-00002", 298_000L, false, null)).build()).tracks();
    private final Track angel = tracks.get(0);

    private void streams(String id, Track track, long count) {
        ingestion.record(member, RecordStreamsCommand.of(List.of(new StreamEventInput(id, track.id().value(), null,
                "spotify", "GB", core.clock.now().toString(), count, null, null))));
    }

    @Test
    void subscribers_hear_a_snapshot_only_when_the_counts_change_and_a_track_is_read_once_per_refresh() {
        RealtimeFeed feed = new RealtimeFeed(queries, new RealtimeFeed.Limits(10, 100));
        List<RealtimeStreams> first = new CopyOnWriteArrayList<>();
        List<RealtimeStreams> second = new CopyOnWriteArrayList<>();
        RealtimeFeed.Subscription one = feed.subscribe(member, angel.id(), first::add);
        feed.subscribe(member, angel.id(), second::add);
        assertThat(one.initial().total()).isZero();

        reads.set(0);
        assertThat(feed.refresh()).isEqualTo(1);
        assertThat(reads).as("one read for two subscribers").hasValue(1);
        assertThat(first).isEmpty();

        streams("e1", angel, 3);
        feed.refresh();
        feed.refresh();
        assertThat(first).extracting(RealtimeStreams::total).containsExactly(3L);
        assertThat(second).extracting(RealtimeStreams::total).containsExactly(3L);

        one.close();
        one.close();
        streams("e2", angel, 2);
        feed.refresh();
        assertThat(first).hasSize(1);
        assertThat(second).extracting(RealtimeStreams::total).containsExactly(3L, 5L);
        assertThat(feed.subscriptions()).isEqualTo(1);
    }

    @Test
    void a_minute_rolling_over_is_a_change() {
        RealtimeFeed feed = new RealtimeFeed(queries, new RealtimeFeed.Limits(10, 100));
        streams("e1", angel, 4);
        List<RealtimeStreams> heard = new CopyOnWriteArrayList<>();
        feed.subscribe(member, angel.id(), heard::add);

        core.clock.advance(Duration.ofMinutes(1));
        feed.refresh();

        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).minutes().get(58).streams()).isEqualTo(4);
    }

    @Test
    void only_the_organizations_tracks_are_subscribed_to_and_only_up_to_the_limits() {
        RealtimeFeed feed = new RealtimeFeed(queries, new RealtimeFeed.Limits(2, 3));
        Caller stranger = core.member(Role.OWNER);
        assertRejected(() -> feed.subscribe(stranger, angel.id(), s -> { }), ErrorCode.NOT_FOUND);

        RealtimeFeed.Subscription a = feed.subscribe(member, angel.id(), s -> { });
        feed.subscribe(member, tracks.get(1).id(), s -> { });
        assertRejected(() -> feed.subscribe(member, angel.id(), s -> { }), ErrorCode.RATE_LIMIT_EXCEEDED);
        a.close();
        feed.subscribe(member, angel.id(), s -> { });

        Caller other = core.member(Role.OWNER);
        Track theirs = core.releases().ingest(other, aReleaseDraft().build()).tracks().get(0);
        feed.subscribe(other, theirs.id(), s -> { });
        assertRejected(() -> feed.subscribe(other, theirs.id(), s -> { }), ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(feed.subscriptions()).isEqualTo(3);
    }

    @Test
    void a_failing_listener_does_not_keep_the_others_from_hearing() {
        RealtimeFeed feed = new RealtimeFeed(queries, new RealtimeFeed.Limits(10, 100));
        List<RealtimeStreams> heard = new CopyOnWriteArrayList<>();
        feed.subscribe(member, angel.id(), s -> {
            throw new IllegalStateException("gone");
        });
        feed.subscribe(member, angel.id(), heard::add);
        streams("e1", angel, 1);

        org.assertj.core.api.Assertions.assertThatThrownBy(feed::refresh).hasMessage("gone");

        assertThat(heard).hasSize(1);
    }
}
