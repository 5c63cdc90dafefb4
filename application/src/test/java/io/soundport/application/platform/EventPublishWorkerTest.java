package io.soundport.application.platform;

import io.soundport.adapters.local.RecordingEventBus;
import io.soundport.application.catalog.CreateArtistCommand;
import io.soundport.application.testing.Core;
import io.soundport.application.webhooks.OutboxDispatcher;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.port.EventBus;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PublishedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EventPublishWorkerTest {
    private static final String OWNER = "worker-1";

    private final Core core = new Core();
    private final Caller admin = core.member(Role.ADMIN);
    private final OutboxDispatcher dispatcher = new OutboxDispatcher(core.store.transactions(), core.store.outbox(),
            core.store.webhookEndpoints(), core.store.webhookMessages(), core.store.jobs(), core.clock,
            List.of(new EventBusForwarding(core.store.jobs(), core.clock, TraceContext.none())), TraceContext.none());

    /** A bus that refuses while {@code down}, and records what it took. */
    private static final class FlakyBus implements EventBus {
        final RecordingEventBus taken = new RecordingEventBus();
        boolean down;
        int calls;

        @Override
        public void publish(List<PublishedEvent> events) {
            calls++;
            if (down) {
                throw new DomainException(ErrorCode.INTEGRATION_ERROR, "EventBridge refused 2 of 2 entries");
            }
            taken.publish(events);
        }
    }

    private EventPublishWorker worker(EventBus bus) {
        return new EventPublishWorker(core.store.jobs(), core.store.outbox(), bus, EventPublishWorker.DEFAULT_SCHEDULE,
                core.clock);
    }

    private List<String> artistsCreated(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(core.artists().create(admin, CreateArtistCommand.of("Artist " + i, null, null)).id().value());
        }
        return ids;
    }

    @Test
    void every_dispatched_event_is_published_once_in_batches_and_its_job_is_done() {
        List<String> artists = artistsCreated(12);
        dispatcher.dispatchOnce(100);
        dispatcher.dispatchOnce(100);
        RecordingEventBus bus = new RecordingEventBus();

        assertThat(worker(bus).runOnce(OWNER, 10)).isEqualTo(10);
        assertThat(worker(bus).runOnce(OWNER, 10)).isEqualTo(2);
        assertThat(worker(bus).runOnce(OWNER, 10)).isZero();

        assertThat(bus.published()).extracting(PublishedEvent::type).containsOnly("artist.created").hasSize(12);
        assertThat(bus.published()).extracting(PublishedEvent::aggregateId).containsExactlyInAnyOrderElementsOf(artists);
        assertThat(core.store.jobs().backlog(EventBusForwarding.PUBLISH_JOB, core.clock.now()).depth()).isZero();
    }

    @Test
    void a_bus_that_refuses_gets_the_same_events_again_after_the_delay_and_none_is_dropped() {
        artistsCreated(2);
        dispatcher.dispatchOnce(100);
        FlakyBus bus = new FlakyBus();
        bus.down = true;
        EventPublishWorker worker = worker(bus);

        for (int outage = 0; outage < 8; outage++) {
            worker.runOnce(OWNER, 10);
            core.clock.advance(Duration.ofMinutes(15));
        }
        assertThat(bus.taken.published()).isEmpty();
        assertThat(core.store.jobs().backlog(EventBusForwarding.PUBLISH_JOB, core.clock.now()).depth())
                .as("kept through an outage longer than the schedule").isEqualTo(2);

        bus.down = false;
        worker.runOnce(OWNER, 10);

        assertThat(bus.calls).isEqualTo(9);
        assertThat(bus.taken.published()).hasSize(2);
        assertThat(core.store.jobs().backlog(EventBusForwarding.PUBLISH_JOB, core.clock.now()).depth()).isZero();
    }

    @Test
    void dispatching_an_event_twice_queues_one_publish() {
        artistsCreated(1);
        List<PublishedEvent> pending = core.store.outbox().pending(10);
        EventBusForwarding forwarding = new EventBusForwarding(core.store.jobs(), core.clock, TraceContext.none());

        core.store.transactions().run(() -> {
            forwarding.handle(pending.get(0));
            forwarding.handle(pending.get(0));
        });

        RecordingEventBus bus = new RecordingEventBus();
        worker(bus).runOnce(OWNER, 10);
        assertThat(bus.published()).hasSize(1);
    }

    @Test
    void jobs_claimed_elsewhere_are_published_like_those_it_claims() {
        List<String> artists = artistsCreated(3);
        dispatcher.dispatchOnce(100);
        RecordingEventBus bus = new RecordingEventBus();
        EventPublishWorker worker = worker(bus);
        List<Job> claimed = claimedAs(OWNER);

        assertThat(worker.work(OWNER, claimed)).isEqualTo(3);

        assertThat(bus.published()).extracting(PublishedEvent::aggregateId).containsExactlyInAnyOrderElementsOf(artists);
        assertThat(core.store.jobs().backlog(EventBusForwarding.PUBLISH_JOB, core.clock.now()).depth()).isZero();
    }

    @Test
    void an_abandoned_job_queues_its_event_again_after_the_last_delay_so_that_it_is_still_published() {
        artistsCreated(1);
        dispatcher.dispatchOnce(100);
        RecordingEventBus bus = new RecordingEventBus();
        EventPublishWorker worker = worker(bus);
        Job dead = claimedAs("dead-letters").get(0);
        // the queue dropped it into its dead letters: it is no longer there to be claimed
        core.store.jobs().complete(dead.id(), "dead-letters");

        core.store.transactions().run(() -> worker.abandon(dead, "its worker died on it 5 times"));

        Job again = core.store.jobs().find(dead.id() + "-r" + dead.attempts()).orElseThrow();
        assertThat(again.subjectId()).isEqualTo(dead.subjectId());
        assertThat(again.type()).isEqualTo(EventBusForwarding.PUBLISH_JOB);
        assertThat(again.runAt()).as("the last delay, spread by 20%")
                .isBetween(core.clock.now().plus(Duration.ofMinutes(8)), core.clock.now().plus(Duration.ofMinutes(12)));
        assertThat(worker.runOnce(OWNER, 10)).as("not due before the delay").isZero();

        core.clock.advance(Duration.ofMinutes(13));
        assertThat(worker.runOnce(OWNER, 10)).isEqualTo(1);
        assertThat(bus.published()).extracting(PublishedEvent::id).containsExactly(dead.subjectId());
        assertThat(core.store.jobs().backlog(EventBusForwarding.PUBLISH_JOB, core.clock.now()).depth()).isZero();
    }

    @Test
    void an_abandoned_job_whose_event_is_gone_queues_nothing() {
        Job dead = Job.due(EventBusForwarding.PUBLISH_JOB + ":evt_gone", EventBusForwarding.PUBLISH_JOB,
                admin.organizationId().value(), "evt_gone", core.clock.now());

        core.store.transactions().run(() -> worker(new RecordingEventBus()).abandon(dead, "its worker died on it"));

        assertThat(core.store.jobs().backlog(EventBusForwarding.PUBLISH_JOB, core.clock.now()).depth()).isZero();
    }

    /** The due publish jobs, claimed as another queue would hand them over. */
    private List<Job> claimedAs(String owner) {
        return core.store.jobs().claim(owner, Set.of(EventBusForwarding.PUBLISH_JOB), core.clock.now(),
                EventPublishWorker.DEFAULT_LEASE, 10);
    }
}
