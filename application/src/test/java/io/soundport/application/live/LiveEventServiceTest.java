package io.soundport.application.live;

import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.live.LiveEvent;
import io.soundport.domain.live.LiveEventStatus;
import io.soundport.domain.platform.AuditEntry;
import io.soundport.domain.platform.AuditFilter;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PublishedEvent;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class LiveEventServiceTest {
    private final Core core = new Core();
    private final LiveEventService events = core.liveEvents();
    private final Caller member = core.member(Role.MEMBER);

    private LiveEvent concert(String title, String date) {
        return events.create(member, CreateLiveEventCommand.of(title, "Doors at 19:00", date, "Paradiso, Amsterdam",
                1500, "Analytical Records", null));
    }

    private static UpdateLiveEventCommand.Fields status(String status) {
        return new UpdateLiveEventCommand.Fields(null, null, null, null, null, null, status);
    }

    @Test
    void an_event_is_created_changed_and_deleted_each_with_its_event_and_audit_entry() {
        LiveEvent created = concert("Night Drive live", "2027-06-12T20:00:00+02:00");
        LiveEvent patched = events.update(member, UpdateLiveEventCommand.of(created.id(),
                new UpdateLiveEventCommand.Fields(null, "", null, null, 2000, null, "postponed"), 1L));
        LiveEvent replaced = events.replace(member, ReplaceLiveEventCommand.of(created.id(),
                CreateLiveEventCommand.of("Night Drive, rescheduled", null, "2027-09-01T20:00:00+02:00", "Paradiso",
                        null, null, "scheduled"), 2L));
        events.delete(member, new DeleteCommand<>(created.id(), 3L));

        assertThat(created.status()).isEqualTo(LiveEventStatus.SCHEDULED);
        assertThat(patched.description()).isNull();
        assertThat(patched.capacity()).isEqualTo(2000);
        assertThat(patched.title()).isEqualTo("Night Drive live");
        assertThat(patched.status()).isEqualTo(LiveEventStatus.POSTPONED);
        assertThat(patched.version()).isEqualTo(2);
        assertThat(replaced.capacity()).as("a replacement clears what it does not give").isNull();
        assertThat(replaced.organizer()).isNull();
        assertThat(replaced.date()).isEqualTo(OffsetDateTime.parse("2027-09-01T20:00:00+02:00"));
        assertThat(replaced.version()).isEqualTo(3);
        assertRejected(() -> events.get(member, created.id()), ErrorCode.NOT_FOUND);

        assertThat(core.pendingEvents().stream().filter(e -> e.aggregateId().equals(created.id().value()))
                .map(PublishedEvent::type).toList())
                .containsExactly("event.created", "event.updated", "event.updated", "event.deleted");
        List<String> actions = core.store.auditLog().list(new AuditFilter(member.organizationId(), null, null,
                        created.id().value(), null, null, null), io.soundport.domain.shared.PageRequest.first(10))
                .items().stream().map(AuditEntry::action).toList();
        assertThat(actions).containsExactlyInAnyOrder("live_event.created", "live_event.updated",
                "live_event.updated", "live_event.deleted");
    }

    @Test
    void a_stale_version_changes_nothing() {
        LiveEvent created = concert("Night Drive live", "2027-06-12T20:00:00+02:00");
        events.update(member, UpdateLiveEventCommand.of(created.id(), status("cancelled"), null));

        assertRejected(() -> events.update(member, UpdateLiveEventCommand.of(created.id(), status("postponed"), 1L)),
                ErrorCode.PRECONDITION_FAILED);
        assertRejected(() -> events.delete(member, new DeleteCommand<>(created.id(), 1L)),
                ErrorCode.PRECONDITION_FAILED);
        assertThat(events.get(member, created.id()).status()).isEqualTo(LiveEventStatus.CANCELLED);
    }

    @Test
    void a_cancelled_event_cannot_be_scheduled_again() {
        LiveEvent created = concert("Night Drive live", "2027-06-12T20:00:00+02:00");
        events.update(member, UpdateLiveEventCommand.of(created.id(), status("cancelled"), null));

        assertRejected(() -> events.update(member, UpdateLiveEventCommand.of(created.id(), status("scheduled"),
                null)), ErrorCode.CONFLICT, "status");
        assertThat(events.get(member, created.id()).version()).isEqualTo(2);
    }

    @Test
    void viewers_and_read_keys_read_but_do_not_write_and_other_organizations_see_nothing() {
        LiveEvent created = concert("Night Drive live", "2027-06-12T20:00:00+02:00");
        Caller viewer = core.colleague(member, Role.VIEWER);
        Caller readKey = core.apiKeyOf(member, Scope.READ);

        assertThat(events.get(viewer, created.id())).isEqualTo(created);
        assertThat(events.list(readKey, ListLiveEventsQuery.of(null, null, null, null, null)).items())
                .containsExactly(created);
        assertRejected(() -> events.create(viewer, CreateLiveEventCommand.of("x", null, "2027-06-12T20:00:00Z", "y",
                null, null, null)), ErrorCode.AUTHORIZATION_ERROR);
        assertRejected(() -> events.delete(readKey, DeleteCommand.of(created.id())), ErrorCode.AUTHORIZATION_ERROR);
        assertRejected(() -> events.get(core.member(Role.OWNER), created.id()), ErrorCode.NOT_FOUND);
    }

    @Test
    void the_list_is_soonest_first_filtered_by_status_and_date_range_and_paged() {
        LiveEvent july = concert("July", "2027-07-01T20:00:00+02:00");
        LiveEvent june = concert("June", "2027-06-01T20:00:00+02:00");
        LiveEvent august = concert("August", "2027-08-01T20:00:00Z");
        events.update(member, UpdateLiveEventCommand.of(august.id(), status("postponed"), null));

        assertThat(titles(ListLiveEventsQuery.of(null, null, null, null, null))).containsExactly("June", "July",
                "August");
        assertThat(titles(ListLiveEventsQuery.of("SCHEDULED", null, null, null, null))).containsExactly("June", "July");
        assertThat(titles(ListLiveEventsQuery.of(null, "2027-06-15T00:00:00Z", "2027-08-01T20:00:00Z", null, null)))
                .containsExactly("July");
        var first = events.list(member, ListLiveEventsQuery.of(null, null, null, 2, null));
        assertThat(first.items()).containsExactly(june, july);
        assertThat(events.list(member, ListLiveEventsQuery.of(null, null, null, 2, first.next().encode())).items())
                .extracting(LiveEvent::title).containsExactly("August");
        assertInvalid(() -> ListLiveEventsQuery.of("sold-out", "2027-06-01", "2027-01-01T00:00:00Z", 0, "nope"),
                "status", "from", "limit", "cursor");
        assertInvalid(() -> ListLiveEventsQuery.of(null, "2027-06-01T00:00:00Z", "2027-06-01T00:00:00Z", null, null),
                "to");
        // bounds far outside the dates an event may have select as an open end would
        assertThat(titles(ListLiveEventsQuery.of(null, "-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z",
                null, null))).containsExactly("June", "July", "August");
        assertThat(ListLiveEventsQuery.of(null, null, "+999999999-12-31T23:59:59Z", null, null).filter().to())
                .isEqualTo(java.time.Instant.parse("3000-01-01T00:00:00Z"));
    }

    private List<String> titles(ListLiveEventsQuery query) {
        return events.list(member, query).items().stream().map(LiveEvent::title).toList();
    }
}
