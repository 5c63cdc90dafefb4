package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.live.LiveEvent;
import io.soundport.domain.live.LiveEventFilter;
import io.soundport.domain.live.LiveEventId;
import io.soundport.domain.live.LiveEventStatus;
import io.soundport.domain.live.LiveEvents;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What every adapter of {@link LiveEvents} must do. */
public abstract class LiveEventsContract {

    protected abstract PersistencePorts ports();

    private LiveEvents events() {
        return ports().liveEvents();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private LiveEvent add(Organization org, String date, LiveEventStatus status) {
        LiveEvent event = Fixtures.liveEvent(org, OffsetDateTime.parse(date), status);
        events().add(event);
        return event;
    }

    private List<LiveEvent> all(Organization org, LiveEventFilter filter) {
        return events().list(org.id(), filter, PageRequest.first(100)).items();
    }

    @Test
    void finds_an_added_event_with_every_field_and_its_offset_but_not_from_another_organization() {
        Organization org = newOrganization();
        LiveEvent event = add(org, "2027-06-12T20:00:00+02:00", LiveEventStatus.SCHEDULED);
        LiveEvent bare = new LiveEvent(LiveEventId.of(Fixtures.id(LiveEventId.PREFIX)), org.id(), "Launch", null,
                OffsetDateTime.parse("2027-01-01T09:30:00-08:00"), "Online", null, null, LiveEventStatus.POSTPONED,
                Fixtures.instant(), Fixtures.instant(), 1);
        events().add(bare);

        assertThat(events().find(org.id(), event.id())).contains(event);
        assertThat(events().find(org.id(), bare.id())).contains(bare);
        assertThat(events().find(org.id(), bare.id()).orElseThrow().date().getOffset().getTotalSeconds())
                .isEqualTo(-8 * 3600);
        assertThat(events().find(newOrganization().id(), event.id())).isEmpty();
        assertThat(events().find(org.id(), LiveEventId.of(Fixtures.id(LiveEventId.PREFIX)))).isEmpty();
    }

    @Test
    void an_id_is_added_once() {
        Organization org = newOrganization();
        LiveEvent event = add(org, "2027-06-12T20:00:00+02:00", LiveEventStatus.SCHEDULED);

        DomainException e = catchThrowableOfType(() -> events().add(event), DomainException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
    }

    @Test
    void an_update_at_the_stored_version_bumps_it_and_keeps_the_creation_time_a_stale_one_changes_nothing() {
        Organization org = newOrganization();
        LiveEvent event = add(org, "2027-06-12T20:00:00+02:00", LiveEventStatus.SCHEDULED);
        Instant later = Fixtures.instant();
        LiveEvent changed = new LiveEvent(event.id(), org.id(), "Moved", "Now outdoors",
                OffsetDateTime.parse("2027-07-01T18:00:00+01:00"), "Vondelpark", 20_000, null,
                LiveEventStatus.POSTPONED, Fixtures.instant(), later, event.version());

        LiveEvent stored = events().update(changed);

        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.createdAt()).isEqualTo(event.createdAt());
        assertThat(events().find(org.id(), event.id())).contains(stored);
        assertThat(stored.title()).isEqualTo("Moved");
        assertThat(stored.date()).isEqualTo(OffsetDateTime.parse("2027-07-01T18:00:00+01:00"));
        DomainException stale = catchThrowableOfType(() -> events().update(changed), DomainException.class);
        assertThat(stale.code()).isEqualTo(ErrorCode.PRECONDITION_FAILED);
        DomainException elsewhere = catchThrowableOfType(() -> events().update(new LiveEvent(event.id(),
                newOrganization().id(), "x", null, event.date(), "y", null, null, LiveEventStatus.SCHEDULED,
                later, later, 2)), DomainException.class);
        assertThat(elsewhere.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(events().find(org.id(), event.id())).contains(stored);
    }

    @Test
    void removes_an_event_of_its_own_organization_only() {
        Organization org = newOrganization();
        LiveEvent event = add(org, "2027-06-12T20:00:00+02:00", LiveEventStatus.SCHEDULED);

        assertThat(events().remove(newOrganization().id(), event.id())).isFalse();
        assertThat(events().find(org.id(), event.id())).isPresent();
        assertThat(events().remove(org.id(), event.id())).isTrue();
        assertThat(events().find(org.id(), event.id())).isEmpty();
        assertThat(events().remove(org.id(), event.id())).isFalse();
    }

    @Test
    void lists_soonest_first_by_the_instant_whatever_the_offset_and_never_another_organizations() {
        Organization org = newOrganization();
        // 19:00 UTC, 18:00 UTC, 20:00 UTC on the same day
        LiveEvent amsterdam = add(org, "2027-06-12T21:00:00+02:00", LiveEventStatus.SCHEDULED);
        LiveEvent newYork = add(org, "2027-06-12T14:00:00-04:00", LiveEventStatus.SCHEDULED);
        LiveEvent london = add(org, "2027-06-12T20:00:00Z", LiveEventStatus.CANCELLED);
        add(newOrganization(), "2027-06-12T19:30:00Z", LiveEventStatus.SCHEDULED);

        assertThat(all(org, LiveEventFilter.ALL)).containsExactly(newYork, amsterdam, london);
    }

    @Test
    void filters_by_status_and_date_range_from_inclusive_to_exclusive() {
        Organization org = newOrganization();
        LiveEvent may = add(org, "2027-05-31T22:00:00Z", LiveEventStatus.SCHEDULED);
        LiveEvent juneFirst = add(org, "2027-06-01T00:00:00Z", LiveEventStatus.SCHEDULED);
        LiveEvent juneTwelfth = add(org, "2027-06-12T20:00:00+02:00", LiveEventStatus.POSTPONED);
        LiveEvent july = add(org, "2027-07-01T00:00:00Z", LiveEventStatus.SCHEDULED);
        Instant june = Instant.parse("2027-06-01T00:00:00Z");
        Instant julyStart = Instant.parse("2027-07-01T00:00:00Z");

        assertThat(all(org, new LiveEventFilter(null, june, julyStart))).containsExactly(juneFirst, juneTwelfth);
        assertThat(all(org, new LiveEventFilter(null, june, null))).containsExactly(juneFirst, juneTwelfth, july);
        assertThat(all(org, new LiveEventFilter(null, null, june))).containsExactly(may);
        assertThat(all(org, new LiveEventFilter(LiveEventStatus.SCHEDULED, null, null)))
                .containsExactly(may, juneFirst, july);
        assertThat(all(org, new LiveEventFilter(LiveEventStatus.SCHEDULED, june, julyStart)))
                .containsExactly(juneFirst);
        assertThat(all(org, new LiveEventFilter(LiveEventStatus.COMPLETED, null, null))).isEmpty();
        assertThat(all(org, new LiveEventFilter(null, julyStart.plusSeconds(1), julyStart.plusSeconds(2)))).isEmpty();
    }

    @Test
    void pages_follow_each_other_without_overlap_or_gap_with_and_without_filters() {
        Organization org = newOrganization();
        List<LiveEvent> added = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            LiveEventStatus status = day % 2 == 0 ? LiveEventStatus.POSTPONED : LiveEventStatus.SCHEDULED;
            added.add(add(org, "2027-06-0" + day + "T20:00:00+02:00", status));
        }
        // two events at the same instant: the id breaks the tie
        added.add(add(org, "2027-06-07T18:00:00Z", LiveEventStatus.SCHEDULED));
        List<LiveEvent> expected = added.stream().sorted(java.util.Comparator.comparing(LiveEvents::cursorOf,
                java.util.Comparator.comparing(io.soundport.domain.shared.Cursor::createdAt)
                        .thenComparing(io.soundport.domain.shared.Cursor::id))).toList();

        assertThat(walk(org, LiveEventFilter.ALL, 3)).containsExactlyElementsOf(expected);
        LiveEventFilter scheduledInRange = new LiveEventFilter(LiveEventStatus.SCHEDULED,
                Instant.parse("2027-06-02T00:00:00Z"), Instant.parse("2027-06-08T00:00:00Z"));
        assertThat(walk(org, scheduledInRange, 1)).containsExactlyElementsOf(
                expected.stream().filter(scheduledInRange::matches).toList()).hasSize(4);
    }

    private List<LiveEvent> walk(Organization org, LiveEventFilter filter, int limit) {
        List<LiveEvent> seen = new ArrayList<>();
        Page<LiveEvent> page = events().list(org.id(), filter, PageRequest.first(limit));
        seen.addAll(page.items());
        while (page.hasMore()) {
            assertThat(page.items()).hasSize(limit);
            page = events().list(org.id(), filter, new PageRequest(limit, page.next()));
            seen.addAll(page.items());
        }
        return seen;
    }
}
