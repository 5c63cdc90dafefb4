package io.soundport.domain.catalog;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Territory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.soundport.domain.testing.DomainFixtures.ARTIST;
import static io.soundport.domain.testing.DomainFixtures.ORG;
import static io.soundport.domain.testing.DomainFixtures.RELEASE;
import static io.soundport.domain.testing.DomainFixtures.T0;
import static io.soundport.domain.testing.DomainFixtures.aRelease;
import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static io.soundport.domain.testing.DomainFixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class ReleaseTest {
    private static final Instant LATER = T0.plusSeconds(3600);

    @Test
    void a_new_draft_is_version_1_and_sold_worldwide_by_default() {
        Release draft = Release.draft(RELEASE, ORG, "Mezzanine", ARTIST, null, null, null, null, null, T0);

        assertThat(draft.status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.territories()).containsExactly(Territory.WORLD);
        assertThat(draft.createdAt()).isEqualTo(T0).isEqualTo(draft.updatedAt());
    }

    @Test
    void territories_named_twice_are_kept_once_in_their_order() {
        Release release = aRelease().territories(Territory.of("DE"), Territory.of("us"), Territory.of("de")).build();

        assertThat(release.territories()).containsExactly(Territory.of("DE"), Territory.of("US"));
    }

    @Test
    void rejects_a_blank_title() {
        assertInvalid(() -> aRelease().title(" ").build(), "title");
    }

    @Test
    void submits_a_draft_with_tracks_and_a_release_date() {
        Release submitted = aRelease().build().submit(3, LATER);

        assertThat(submitted.status()).isEqualTo(ReleaseStatus.SUBMITTED);
        assertThat(submitted.updatedAt()).isEqualTo(LATER);
        assertThat(submitted.createdAt()).isEqualTo(T0);
        assertThat(submitted.version()).as("the store bumps the version, not the aggregate").isEqualTo(1);
    }

    @Test
    void rejects_a_release_without_tracks_and_without_a_release_date_naming_both_fields() {
        Release draft = aRelease().releaseDate(null).build();

        DomainException e = assertInvalid(() -> draft.submit(0, LATER), "tracks", "releaseDate");
        assertThat(e.getMessage()).contains("2 invalid fields");
    }

    @Test
    void rejects_a_release_without_tracks() {
        assertInvalid(() -> aRelease().build().submit(0, LATER), "tracks");
    }

    @Test
    void rejects_a_release_without_a_release_date() {
        assertInvalid(() -> aRelease().releaseDate(null).build().submit(1, LATER), "releaseDate");
    }

    @ParameterizedTest
    @EnumSource(value = ReleaseStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void only_a_draft_can_be_edited_or_submitted(ReleaseStatus status) {
        Release release = aRelease().status(status).build();

        assertRejected(() -> release.edit("New title", ARTIST, null, null, LocalDate.now(), null, List.of(), LATER),
                ErrorCode.CONFLICT);
        assertRejected(() -> release.submit(1, LATER), ErrorCode.CONFLICT);
        assertRejected(() -> release.requireDraft("deleted"), ErrorCode.CONFLICT);
    }

    @Test
    void a_draft_edit_changes_the_fields_and_keeps_identity_status_and_version() {
        Release draft = aRelease().build();

        Release edited = draft.edit("Protection", ARTIST, Upc.of("4006381333931"), "Circa", LocalDate.of(2027, 1, 1),
                null, List.of(Territory.of("FR")), LATER);

        assertThat(edited.id()).isEqualTo(draft.id());
        assertThat(edited.status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(edited.version()).isEqualTo(draft.version());
        assertThat(edited.title()).isEqualTo("Protection");
        assertThat(edited.upc()).isEqualTo(Upc.of("4006381333931"));
        assertThat(edited.genre()).isNull();
        assertThat(edited.territories()).containsExactly(Territory.of("FR"));
        assertThat(edited.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void walks_from_draft_to_taken_down() {
        Release r = aRelease().build()
                .submit(1, T0)
                .startDelivering(T0)
                .delivered(T0)
                .requestTakedown(T0)
                .takenDown(LATER);

        assertThat(r.status()).isEqualTo(ReleaseStatus.TAKEN_DOWN);
        assertThat(r.updatedAt()).isEqualTo(LATER);
    }

    @ParameterizedTest
    @EnumSource(value = ReleaseStatus.class, names = {"DELIVERING", "DELIVERED"})
    void a_release_that_reached_partners_can_be_taken_down(ReleaseStatus status) {
        Release requested = aRelease().status(status).build().requestTakedown(LATER);

        assertThat(requested.status()).isEqualTo(ReleaseStatus.TAKEDOWN_REQUESTED);
    }

    @ParameterizedTest
    @EnumSource(value = ReleaseStatus.class, names = {"DRAFT", "SUBMITTED", "TAKEDOWN_REQUESTED", "TAKEN_DOWN"})
    void a_release_that_did_not_reach_partners_cannot_be_taken_down(ReleaseStatus status) {
        assertRejected(() -> aRelease().status(status).build().requestTakedown(LATER), ErrorCode.CONFLICT);
    }

    @Test
    void is_delivered_only_from_delivering() {
        assertThat(aRelease().status(ReleaseStatus.DELIVERING).build().delivered(LATER).status())
                .isEqualTo(ReleaseStatus.DELIVERED);
    }

    @ParameterizedTest
    @EnumSource(value = ReleaseStatus.class, names = "DELIVERING", mode = EnumSource.Mode.EXCLUDE)
    void cannot_be_delivered_unless_delivering(ReleaseStatus status) {
        assertRejected(() -> aRelease().status(status).build().delivered(LATER), ErrorCode.CONFLICT);
    }

    @ParameterizedTest
    @EnumSource(value = ReleaseStatus.class, names = {"DRAFT", "TAKEDOWN_REQUESTED", "TAKEN_DOWN"})
    void deliveries_start_only_after_submission(ReleaseStatus status) {
        assertRejected(() -> aRelease().status(status).build().startDelivering(LATER), ErrorCode.CONFLICT);
    }

    @Test
    void starting_deliveries_of_a_release_being_delivered_changes_nothing() {
        Release delivering = aRelease().status(ReleaseStatus.DELIVERING).build();

        assertThat(delivering.startDelivering(LATER)).isSameAs(delivering);
    }

    @ParameterizedTest
    @EnumSource(value = ReleaseStatus.class, names = "TAKEDOWN_REQUESTED", mode = EnumSource.Mode.EXCLUDE)
    void is_taken_down_only_after_a_takedown_request(ReleaseStatus status) {
        assertRejected(() -> aRelease().status(status).build().takenDown(LATER), ErrorCode.CONFLICT);
    }

    @Test
    void parses_a_status_in_any_case_and_rejects_unknown_ones() {
        assertThat(ReleaseStatus.parse(" submitted ")).isEqualTo(ReleaseStatus.SUBMITTED);
        assertInvalid(() -> ReleaseStatus.parse("published"), "status");
        assertInvalid(() -> ReleaseStatus.parse(null), "status");
    }
}
