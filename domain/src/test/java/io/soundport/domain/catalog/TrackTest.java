package io.soundport.domain.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.soundport.domain.testing.DomainFixtures.T0;
import static io.soundport.domain.testing.DomainFixtures.aTrack;
import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class TrackTest {

    @ParameterizedTest
    @ValueSource(longs = {1_000, 311_000, Track.MAX_DURATION_MS})
    void accepts_a_duration_from_one_second_to_twenty_four_hours(long durationMs) {
        assertThat(aTrack().durationMs(durationMs).build().durationMs()).isEqualTo(durationMs);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 0, 999, Track.MAX_DURATION_MS + 1})
    void rejects_a_duration_outside_one_second_to_twenty_four_hours(long durationMs) {
        assertInvalid(() -> aTrack().durationMs(durationMs).build(), "durationMs");
    }

    @Test
    void twenty_four_hours_is_86_400_000_milliseconds() {
        assertThat(Track.MAX_DURATION_MS).isEqualTo(86_400_000L);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 999})
    void accepts_a_position_from_1_to_999(int position) {
        assertThat(aTrack().position(position).build().position()).isEqualTo(position);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1000})
    void rejects_a_position_outside_1_to_999(int position) {
        assertInvalid(() -> aTrack().position(position).build(), "position");
    }

    @Test
    void a_track_on_its_own_has_no_position() {
        assertThat(aTrack().position(null).build().position()).isNull();
    }

    @Test
    void rejects_a_blank_title_and_strips_a_given_one() {
        assertInvalid(() -> aTrack().title("  ").build(), "title");
        assertThat(aTrack().title("  Safe From Harm ").build().title()).isEqualTo("Safe From Harm");
    }

    @Test
    void an_edit_checks_the_new_duration_and_keeps_identity_and_version() {
        Track track = aTrack().build();

        assertInvalid(() -> track.edit("x", null, 10, false, 1, track.releaseId(), track.artistId(), T0), "durationMs");

        Track edited = track.edit("Teardrop", null, 330_000, true, 2, track.releaseId(), track.artistId(),
                T0.plusSeconds(60));
        assertThat(edited.id()).isEqualTo(track.id());
        assertThat(edited.version()).isEqualTo(track.version());
        assertThat(edited.createdAt()).isEqualTo(track.createdAt());
        assertThat(edited.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(edited.position()).isEqualTo(2);
        assertThat(edited.explicit()).isTrue();
    }
}
