package io.soundport.domain.live;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static io.soundport.domain.testing.DomainFixtures.ORG;
import static io.soundport.domain.testing.DomainFixtures.T0;
import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static io.soundport.domain.testing.DomainFixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class LiveEventTest {
    private static final LiveEventId ID = LiveEventId.of("lve_01HZX0000000000000000000E1");
    /** After T0 (2026-03-01T12:00Z). */
    private static final String LATER = "2026-06-12T20:00:00+02:00";
    /** Before T0. */
    private static final String EARLIER = "2026-01-10T21:00:00-05:00";

    private static LiveEvent.Details details(String date, String status) {
        return LiveEvent.Details.of("Night Drive live", "Doors at 19:00\nNo re-entry", date, "Paradiso, Amsterdam",
                1500, "Analytical Records", status);
    }

    private static LiveEvent event(String date, String status) {
        return LiveEvent.create(ID, ORG, details(date, "scheduled"), T0.minusSeconds(3600 * 24 * 365))
                .change(details(date, status), T0);
    }

    private static String field(DomainException e) {
        return e.details().stream().map(FieldError::field).findFirst().orElse(null);
    }

    @Test
    void a_new_event_is_scheduled_by_default_and_keeps_its_local_time_and_offset_to_the_second() {
        LiveEvent created = LiveEvent.create(ID, ORG, LiveEvent.Details.of(" Night Drive live ", null,
                "2026-06-12T20:00:00.750+02:00", "Paradiso", null, " ", null), T0);

        assertThat(created.status()).isEqualTo(LiveEventStatus.SCHEDULED);
        assertThat(created.title()).isEqualTo("Night Drive live");
        assertThat(created.date()).isEqualTo(OffsetDateTime.parse("2026-06-12T20:00:00+02:00"));
        assertThat(created.organizer()).isNull();
        assertThat(created.capacity()).isNull();
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.createdAt()).isEqualTo(T0).isEqualTo(created.updatedAt());
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        assertInvalid(() -> LiveEvent.Details.of(" ", "ok", "2026-06-12T20:00:00", "", 0, "x".repeat(201), "sold-out"),
                "title", "date", "location", "capacity", "organizer", "status");
        assertInvalid(() -> LiveEvent.Details.of("t", null, "2026-06-12", "l", LiveEvent.MAX_CAPACITY + 1, null, null),
                "date", "capacity");
        assertInvalid(() -> LiveEvent.Details.of("t", null, "3000-01-01T00:00:00Z", "l", 1, null, null), "date");
        assertInvalid(() -> LiveEvent.Details.of("t", "bad\u0000text", null, "l", 1, null, null),
                "description", "date");
    }

    @Test
    void statuses_are_read_in_any_case() {
        assertThat(LiveEventStatus.parse("postponed")).isEqualTo(LiveEventStatus.POSTPONED);
        assertThat(LiveEventStatus.parse(" Cancelled ")).isEqualTo(LiveEventStatus.CANCELLED);
    }

    @Test
    void a_scheduled_event_may_be_postponed_cancelled_or_completed_once_its_date_has_come() {
        assertThat(event(LATER, "postponed").status()).isEqualTo(LiveEventStatus.POSTPONED);
        assertThat(event(LATER, "cancelled").status()).isEqualTo(LiveEventStatus.CANCELLED);
        assertThat(event(EARLIER, "completed").status()).isEqualTo(LiveEventStatus.COMPLETED);

        DomainException early = assertRejected(() -> event(LATER, "completed"), ErrorCode.CONFLICT);
        assertThat(field(early)).isEqualTo("status");
        assertRejected(() -> LiveEvent.create(ID, ORG, details(LATER, "completed"), T0), ErrorCode.CONFLICT);
    }

    @Test
    void a_postponed_event_is_scheduled_again_only_with_a_new_date_and_not_completed_directly() {
        LiveEvent postponed = event(LATER, "postponed");

        DomainException sameDate = assertRejected(() -> postponed.change(details(LATER, "scheduled"), T0),
                ErrorCode.CONFLICT);
        assertThat(field(sameDate)).isEqualTo("date");
        assertRejected(() -> postponed.change(details(EARLIER, "completed"), T0), ErrorCode.CONFLICT);

        LiveEvent rescheduled = postponed.change(details("2026-09-01T20:00:00+02:00", "scheduled"), T0);
        assertThat(rescheduled.status()).isEqualTo(LiveEventStatus.SCHEDULED);
        assertThat(rescheduled.date()).isEqualTo(OffsetDateTime.parse("2026-09-01T20:00:00+02:00"));
        assertThat(postponed.change(details(LATER, "cancelled"), T0).status()).isEqualTo(LiveEventStatus.CANCELLED);
    }

    @Test
    void cancelled_and_completed_events_keep_their_status_and_date_but_their_text_may_change() {
        for (LiveEvent done : new LiveEvent[]{event(LATER, "cancelled"), event(EARLIER, "completed")}) {
            String date = done.date().toString();
            for (String status : new String[]{"scheduled", "postponed"}) {
                DomainException reopened = assertRejected(() -> done.change(details(date, status), T0),
                        ErrorCode.CONFLICT);
                assertThat(field(reopened)).isEqualTo("status");
            }
            DomainException moved = assertRejected(() -> done.change(
                    details("2025-12-31T20:00:00Z", done.status().name()), T0), ErrorCode.CONFLICT);
            assertThat(field(moved)).isEqualTo("date");

            LiveEvent.Details renamed = new LiveEvent.Details("Renamed", null, done.date(), done.location(),
                    done.capacity(), null, done.status());
            LiveEvent changed = done.change(renamed, T0.plusSeconds(5));
            assertThat(changed.title()).isEqualTo("Renamed");
            assertThat(changed.status()).isEqualTo(done.status());
            assertThat(changed.updatedAt()).isEqualTo(T0.plusSeconds(5));
        }
    }

    @Test
    void the_filter_takes_the_date_range_from_inclusive_to_exclusive_on_the_instant() {
        LiveEvent event = event(LATER, "scheduled");
        java.time.Instant at = event.date().toInstant();

        assertThat(new LiveEventFilter(null, at, at.plusSeconds(1)).matches(event)).isTrue();
        assertThat(new LiveEventFilter(null, at.minusSeconds(1), at).matches(event)).isFalse();
        assertThat(new LiveEventFilter(LiveEventStatus.SCHEDULED, null, null).matches(event)).isTrue();
        assertThat(new LiveEventFilter(LiveEventStatus.POSTPONED, null, null).matches(event)).isFalse();
    }
}
