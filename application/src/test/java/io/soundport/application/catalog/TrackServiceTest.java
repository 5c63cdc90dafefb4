package io.soundport.application.catalog;

import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.testing.Core;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.soundport.application.testing.Core.aReleaseDraft;
import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class TrackServiceTest {
    private final Core core = new Core();
    private final TrackService tracks = core.tracks();
    private final ReleaseService releases = core.releases();
    private final Caller member = core.member(Role.MEMBER);

    private static CreateTrackCommand track(String title, ReleaseId release) {
        return CreateTrackCommand.of(title, "GB-AAA-98-00001", 240_000L, false, null,
                release == null ? null : release.value(), null);
    }

    private Release release(ReleaseId id) {
        return releases.get(member, id).release();
    }

    @Test
    void adding_a_track_to_a_draft_release_moves_the_release_to_a_new_version() {
        ReleaseDetails ingested = releases.ingest(member, aReleaseDraft().build());
        ReleaseId id = ingested.release().id();
        core.clock.advance(Duration.ofMinutes(1));

        Track track = tracks.create(member, track("Teardrop", id));

        assertThat(track.releaseId()).isEqualTo(id);
        assertThat(track.artistId()).as("the release's artist").isEqualTo(ingested.artist().id());
        assertThat(track.isrc().value()).isEqualTo("GBAAA9800001");
        assertThat(release(id).version()).isEqualTo(2);
        assertThat(release(id).updatedAt()).isEqualTo(core.clock.now());
        assertThat(releases.get(member, id).tracks()).extracting(Track::title).contains("Teardrop").hasSize(3);
        assertThat(core.pendingEvents("track.created", member.organizationId())).hasSize(1);
    }

    @Test
    void changing_or_removing_a_track_of_a_draft_also_moves_the_release_version() {
        ReleaseId id = releases.ingest(member, aReleaseDraft().build()).release().id();
        Track track = tracks.create(member, track("Teardrop", id));

        tracks.update(member, UpdateTrackCommand.of(track.id(), "Teardrop (Edit)", null, null, null, null, null, null,
                1L));
        assertThat(release(id).version()).isEqualTo(3);

        tracks.delete(member, DeleteCommand.of(track.id()));
        assertThat(release(id).version()).isEqualTo(4);
    }

    @Test
    void two_tracks_of_one_release_never_share_a_position() {
        ReleaseDetails ingested = releases.ingest(member, aReleaseDraft().build());
        ReleaseId id = ingested.release().id();
        int taken = ingested.tracks().get(0).position();

        assertRejected(() -> tracks.create(member,
                        CreateTrackCommand.of("Clash", null, 200_000L, false, taken, id.value(), null)),
                ErrorCode.CONFLICT, "position");
        Track free = tracks.create(member,
                CreateTrackCommand.of("Bonus", null, 200_000L, false, 99, id.value(), null));
        assertRejected(() -> tracks.update(member,
                        UpdateTrackCommand.of(free.id(), null, null, null, null, taken, null, null, null)),
                ErrorCode.CONFLICT, "position");
        assertThat(tracks.update(member,
                UpdateTrackCommand.of(free.id(), "Bonus (edit)", null, null, null, 99, null, null, null)).title())
                .as("keeping its own position is fine").isEqualTo("Bonus (edit)");
    }

    @Test
    void a_track_cannot_be_added_to_a_submitted_release() {
        ReleaseId id = releases.ingest(member, aReleaseDraft().build()).release().id();
        releases.submit(member, new SubmitReleaseCommand(id, null));
        long version = release(id).version();

        assertRejected(() -> tracks.create(member, track("Late addition", id)), ErrorCode.CONFLICT);

        assertThat(releases.get(member, id).tracks()).hasSize(2);
        assertThat(release(id).version()).isEqualTo(version);
        assertThat(core.pendingEvents("track.created", member.organizationId())).isEmpty();
    }

    @Test
    void a_track_of_a_submitted_release_cannot_change() {
        ReleaseDetails details = releases.ingest(member, aReleaseDraft().build());
        releases.submit(member, new SubmitReleaseCommand(details.release().id(), null));
        Track first = details.tracks().get(0);

        assertRejected(() -> tracks.update(member,
                        UpdateTrackCommand.of(first.id(), "Renamed", null, null, null, null, null, null, null)),
                ErrorCode.CONFLICT);
        assertRejected(() -> tracks.delete(member, DeleteCommand.of(first.id())), ErrorCode.CONFLICT);
        assertThat(tracks.get(member, first.id()).title()).isEqualTo(first.title());
    }

    @Test
    void a_release_of_another_organization_is_invalid() {
        ReleaseId theirs = releases.ingest(core.member(Role.MEMBER), aReleaseDraft().build()).release().id();

        assertInvalid(() -> tracks.create(member, track("Sneaky", theirs)), "releaseId");
    }

    @Test
    void a_track_may_stand_on_its_own() {
        Track track = tracks.create(member, track("Single", null));

        assertThat(track.releaseId()).isNull();
        assertThat(track.position()).isNull();
        assertThat(tracks.get(member, track.id())).isEqualTo(track);
        assertRejected(() -> tracks.get(core.member(Role.OWNER), track.id()), ErrorCode.NOT_FOUND);
    }
}
