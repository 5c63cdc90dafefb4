package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.Outbox;
import io.soundport.domain.shared.Backlog;
import io.soundport.domain.shared.PublishedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every adapter of {@link Outbox} must do. The outbox is shared by every organization, so each test looks
 * only at the events of its own organization and dispatches what it appended, leaving the backlog small.
 */
public abstract class OutboxContract {
    /** How far into the backlog the suite looks for its own events. */
    static final int WINDOW = 1_000;

    protected abstract PersistencePorts ports();

    private Outbox outbox() {
        return ports().outbox();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    static List<PublishedEvent> pendingOf(Outbox outbox, Organization org) {
        return outbox.pending(WINDOW).stream()
                .filter(e -> e.organizationId().equals(org.id().value()))
                .toList();
    }

    @Test
    void hands_out_appended_events_with_every_field_oldest_first() {
        Organization org = newOrganization();
        List<PublishedEvent> appended = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            PublishedEvent event = Fixtures.event(org);
            outbox().append(event);
            appended.add(event);
        }

        assertThat(pendingOf(outbox(), org)).containsExactlyElementsOf(appended);

        outbox().markDispatched(appended.stream().map(PublishedEvent::id).toList());
    }

    @Test
    void the_backlog_counts_the_pending_events_and_dates_the_oldest() {
        Organization org = newOrganization();
        Backlog before = outbox().backlog();
        // older than every event the suite appends, so it is the oldest pending one whatever others left
        PublishedEvent oldest = Fixtures.event(org, Instant.EPOCH.minus(Duration.ofDays(1)));
        PublishedEvent newer = Fixtures.event(org);
        outbox().append(newer);
        outbox().append(oldest);

        Backlog backlog = outbox().backlog();

        assertThat(backlog.depth()).isEqualTo(before.depth() + 2);
        assertThat(backlog.oldest()).contains(oldest.occurredAt());
        outbox().markDispatched(List.of(oldest.id(), newer.id()));
        Backlog after = outbox().backlog();
        assertThat(after.depth()).isEqualTo(before.depth());
        assertThat(after.oldest()).isEqualTo(before.oldest());
    }

    @Test
    void keeps_the_payload_of_an_event_as_appended() {
        Organization org = newOrganization();
        PublishedEvent event = Fixtures.event(org);
        outbox().append(event);

        PublishedEvent pending = pendingOf(outbox(), org).get(0);

        assertThat(pending.data()).isEqualTo(event.data());
        assertThat(pending.occurredAt()).isEqualTo(event.occurredAt());
        outbox().markDispatched(List.of(event.id()));
    }

    @Test
    void keeps_no_release_id_for_an_event_about_no_release() {
        Organization org = newOrganization();
        PublishedEvent event = new PublishedEvent(Fixtures.id("evt"), "webhook.test", org.id().value(),
                Fixtures.id("whk"), null, Fixtures.instant(), Map.of("message", "ping"));
        outbox().append(event);

        assertThat(pendingOf(outbox(), org)).containsExactly(event);
        outbox().markDispatched(List.of(event.id()));
    }

    @Test
    void keeps_the_trace_an_event_was_raised_in() {
        Organization org = newOrganization();
        PublishedEvent event = new PublishedEvent(Fixtures.id("evt"), "webhook.test", org.id().value(),
                Fixtures.id("whk"), null, Fixtures.instant(), Map.of("message", "ping"),
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        outbox().append(event);

        assertThat(pendingOf(outbox(), org)).containsExactly(event);
        outbox().markDispatched(List.of(event.id()));
    }

    @Test
    void hands_out_at_most_the_number_asked() {
        Organization org = newOrganization();
        PublishedEvent first = Fixtures.event(org);
        PublishedEvent second = Fixtures.event(org);
        outbox().append(first);
        outbox().append(second);

        assertThat(outbox().pending(1)).hasSize(1);

        outbox().markDispatched(List.of(first.id(), second.id()));
    }

    @Test
    void dispatched_events_are_no_longer_pending() {
        Organization org = newOrganization();
        PublishedEvent first = Fixtures.event(org);
        PublishedEvent second = Fixtures.event(org);
        PublishedEvent third = Fixtures.event(org);
        outbox().append(first);
        outbox().append(second);
        outbox().append(third);

        outbox().markDispatched(List.of(first.id(), third.id()));

        assertThat(pendingOf(outbox(), org)).containsExactly(second);
        outbox().markDispatched(List.of(second.id()));
        assertThat(pendingOf(outbox(), org)).isEmpty();
    }

    @Test
    void finds_an_event_by_its_id_pending_or_dispatched_and_nothing_for_an_unknown_id() {
        Organization org = newOrganization();
        PublishedEvent event = Fixtures.event(org);
        outbox().append(event);

        assertThat(outbox().find(event.id())).contains(event);
        outbox().markDispatched(List.of(event.id()));
        assertThat(outbox().find(event.id())).as("still readable once dispatched").contains(event);
        assertThat(outbox().find("evt_" + Fixtures.suffix() + "_unknown")).isEmpty();
    }

    @Test
    void ignores_unknown_ids_when_marking_dispatched() {
        Organization org = newOrganization();
        PublishedEvent event = Fixtures.event(org);
        outbox().append(event);

        outbox().markDispatched(List.of(Fixtures.id("evt"), event.id()));
        outbox().markDispatched(List.of());

        assertThat(pendingOf(outbox(), org)).isEmpty();
    }

    @Test
    void events_appended_in_a_committed_transaction_are_pending() {
        Organization org = newOrganization();
        PublishedEvent first = Fixtures.event(org);
        PublishedEvent second = Fixtures.event(org);

        ports().transactions().run(() -> {
            outbox().append(first);
            outbox().append(second);
        });

        assertThat(pendingOf(outbox(), org)).containsExactly(first, second);
        outbox().markDispatched(List.of(first.id(), second.id()));
    }

    @Test
    void an_event_appended_in_a_transaction_that_fails_is_not_pending() {
        Organization org = newOrganization();
        PublishedEvent event = Fixtures.event(org);
        RuntimeException failure = new IllegalStateException("the work failed");

        assertThatThrownBy(() -> ports().transactions().run(() -> {
            outbox().append(event);
            throw failure;
        })).isSameAs(failure);

        assertThat(pendingOf(outbox(), org)).isEmpty();
    }
}
