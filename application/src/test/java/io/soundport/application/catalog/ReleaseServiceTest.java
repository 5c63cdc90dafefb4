package io.soundport.application.catalog;

import io.soundport.application.catalog.IngestReleaseCommand.RawTrack;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.Versions;
import io.soundport.application.testing.Core;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.catalog.ReleaseFilter;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackFilter;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.PublishedEvent;
import io.soundport.domain.shared.Territory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.soundport.application.testing.Core.aReleaseDraft;
import static io.soundport.application.testing.Core.aTrack;
import static io.soundport.application.testing.Core.aTrackAt;
import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class ReleaseServiceTest {
    private static final String UPC = "036000291452";

    private final Core core = new Core();
    private final ReleaseService releases = core.releases();
    private final Caller member = core.member(Role.MEMBER);

    private List<Track> allTracks(Caller caller) {
        return core.store.tracks().list(caller.organizationId(), TrackFilter.ALL, PageRequest.first(100)).items();
    }

    private int releaseCount(Caller caller) {
        return core.store.releases().list(caller.organizationId(), ReleaseFilter.ALL, PageRequest.first(100))
                .items().size();
    }

    @Test
    void ingests_a_draft_release_with_its_tracks() {
        ReleaseDetails details = releases.ingest(member, aReleaseDraft().upc(UPC).build());

        assertThat(details.release().status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(details.release().version()).isEqualTo(1);
        assertThat(details.release().organizationId()).isEqualTo(member.organizationId());
        assertThat(details.release().upc()).isEqualTo(Upc.of(UPC));
        assertThat(details.release().releaseDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(details.release().territories()).containsExactly(Territory.of("GB"), Territory.of("US"));
        assertThat(details.tracks()).allSatisfy(t -> {
            assertThat(t.releaseId()).isEqualTo(details.release().id());
            assertThat(t.artistId()).isEqualTo(details.artist().id());
        });
        assertThat(releases.get(member, details.release().id()).tracks())
                .extracting(Track::id).containsExactlyElementsOf(details.tracks().stream().map(Track::id).toList());
    }

    @Test
    void a_draft_takes_p_and_c_lines_and_bad_lines_are_named_field_by_field() {
        ReleaseDetails draft = releases.ingest(member, aReleaseDraft().upc(UPC).build());
        io.soundport.domain.shared.DomainException bad = Core.assertInvalid(() -> UpdateReleaseCommand.of(
                draft.release().id(), null, null, null, null, null, null, null, null, null,
                new UpdateReleaseCommand.RawLine(1800, "Owner"), new UpdateReleaseCommand.RawLine(null, " ")),
                "pLine.year", "cLine.year", "cLine.owner");
        assertThat(bad).isNotNull();

        ReleaseDetails changed = releases.update(member, UpdateReleaseCommand.of(draft.release().id(), null, null,
                null, null, null, null, null, null, null, new UpdateReleaseCommand.RawLine(2025, "NL Records"),
                new UpdateReleaseCommand.RawLine(2024, "NL Design")));
        assertThat(changed.release().pLine()).isEqualTo(new io.soundport.domain.catalog.CopyrightLine(2025,
                "NL Records"));
        assertThat(changed.release().cLine()).isEqualTo(new io.soundport.domain.catalog.CopyrightLine(2024,
                "NL Design"));
        ReleaseDetails kept = releases.update(member, UpdateReleaseCommand.of(draft.release().id(), "Renamed", null,
                null, null, null, null, null, null, null));
        assertThat(kept.release().pLine()).isEqualTo(changed.release().pLine());
        assertThat(kept.release().cLine()).isEqualTo(changed.release().cLine());
    }

    @Test
    void creates_an_artist_named_by_name_once_and_reuses_it() {
        ReleaseDetails first = releases.ingest(member, aReleaseDraft().artistName("Massive Attack").build());
        ReleaseDetails second = releases.ingest(member, aReleaseDraft().title("Protection")
                .artistName(" massive attack ").build());

        assertThat(second.artist().id()).isEqualTo(first.artist().id());
        assertThat(second.release().artistId()).isEqualTo(first.artist().id());
        assertThat(core.store.artists().list(member.organizationId(), null, PageRequest.first(10)).items())
                .extracting(Artist::name).containsExactly("Massive Attack");
        assertThat(core.pendingEvents("artist.created", member.organizationId())).hasSize(1);
    }

    @Test
    void an_artist_of_the_same_name_in_another_organization_is_not_reused() {
        Caller other = core.member(Role.MEMBER);
        ReleaseDetails mine = releases.ingest(member, aReleaseDraft().build());

        ReleaseDetails theirs = releases.ingest(other, aReleaseDraft().build());

        assertThat(theirs.artist().id()).isNotEqualTo(mine.artist().id());
        assertThat(theirs.artist().organizationId()).isEqualTo(other.organizationId());
    }

    @Test
    void ingests_for_an_existing_artist_named_by_id() {
        Artist artist = core.artists().create(member, CreateArtistCommand.of("Portishead", null, null));

        ReleaseDetails details = releases.ingest(member, aReleaseDraft().artistId(artist.id().value()).build());

        assertThat(details.artist().id()).isEqualTo(artist.id());
    }

    @Test
    void an_artist_id_of_another_organization_is_invalid() {
        Artist theirs = core.artists().create(core.member(Role.MEMBER),
                CreateArtistCommand.of("Portishead", null, null));

        assertInvalid(() -> releases.ingest(member, aReleaseDraft().artistId(theirs.id().value()).build()),
                "artistId");
        assertThat(releaseCount(member)).isZero();
    }

    @Test
    void tracks_get_their_positions_from_their_order() {
        ReleaseDetails details = releases.ingest(member, aReleaseDraft()
                .tracks(aTrack("Angel"), aTrack("Risingson"), aTrack("Teardrop")).build());

        assertThat(details.tracks()).extracting(Track::title, Track::position).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Angel", 1),
                org.assertj.core.groups.Tuple.tuple("Risingson", 2),
                org.assertj.core.groups.Tuple.tuple("Teardrop", 3));
    }

    @Test
    void tracks_with_explicit_positions_come_back_in_position_order() {
        ReleaseDetails details = releases.ingest(member, aReleaseDraft()
                .tracks(aTrackAt("Second", 2), aTrackAt("First", 1)).build());

        assertThat(details.tracks()).extracting(Track::title).containsExactly("First", "Second");
        assertThat(releases.get(member, details.release().id()).tracks()).extracting(Track::title)
                .containsExactly("First", "Second");
    }

    @Test
    void rejects_duplicate_positions_naming_the_second_track() {
        assertInvalid(() -> aReleaseDraft().tracks(aTrackAt("A", 1), aTrackAt("B", 1)).build(),
                "tracks[1].position");
        // an implicit position collides with an explicit one just the same
        assertInvalid(() -> aReleaseDraft().tracks(aTrackAt("A", 2), aTrack("B")).build(), "tracks[1].position");
    }

    @Test
    void reports_invalid_track_fields_under_their_index() {
        RawTrack badIsrc = new RawTrack("B", "not-an-isrc", 200_000L, false, null);
        RawTrack noDuration = new RawTrack(" ", null, null, false, null);

        assertInvalid(() -> aReleaseDraft().upc("123").tracks(aTrack("A"), badIsrc, noDuration).build(),
                "upc", "tracks[1].isrc", "tracks[2].title", "tracks[2].durationMs");
    }

    @Test
    void an_ingest_needs_an_artist_id_or_name() {
        assertInvalid(() -> aReleaseDraft().artistName(null).build(), "artistId");
    }

    @Test
    void an_ingest_records_one_release_created_event_for_the_organization() {
        ReleaseDetails details = releases.ingest(member, aReleaseDraft().upc(UPC).build());

        List<PublishedEvent> created = core.pendingEvents("release.created", member.organizationId());
        assertThat(created).singleElement().satisfies(e -> {
            assertThat(e.aggregateId()).isEqualTo(details.release().id().value());
            assertThat(e.id()).startsWith("evt_");
            assertThat(e.occurredAt()).isEqualTo(Core.T0);
            assertThat(e.data()).containsEntry("status", "DRAFT").containsEntry("track_count", 2)
                    .containsEntry("upc", UPC).containsEntry("territories", List.of("GB", "US"));
        });
        assertThat(core.pendingEvents()).extracting(PublishedEvent::type)
                .containsExactly("artist.created", "release.created");
    }

    @Test
    void a_failing_ingest_leaves_no_release_no_tracks_no_artist_and_no_event() {
        releases.ingest(member, aReleaseDraft().upc(UPC).build());
        List<PublishedEvent> before = core.pendingEvents();

        assertRejected(() -> releases.ingest(member, aReleaseDraft().title("Copy").artistName("New Artist").upc(UPC)
                        .tracks(aTrack("X"), aTrack("Y"), aTrack("Z")).build()),
                ErrorCode.CONFLICT, "upc");

        assertThat(releaseCount(member)).isEqualTo(1);
        assertThat(allTracks(member)).hasSize(2);
        assertThat(core.store.artists().findByName(member.organizationId(), "New Artist")).isEmpty();
        assertThat(core.pendingEvents()).isEqualTo(before);
    }

    @Test
    void the_same_upc_may_be_used_by_another_organization() {
        releases.ingest(member, aReleaseDraft().upc(UPC).build());

        Caller other = core.member(Role.MEMBER);
        assertThat(releases.ingest(other, aReleaseDraft().upc(UPC).build()).release().upc()).isEqualTo(Upc.of(UPC));
    }

    @Test
    void submits_a_draft_with_tracks_and_a_release_date() {
        ReleaseId id = releases.ingest(member, aReleaseDraft().build()).release().id();
        core.clock.advance(Duration.ofMinutes(5));

        ReleaseDetails submitted = releases.submit(member, new SubmitReleaseCommand(id, 1L));

        assertThat(submitted.release().status()).isEqualTo(ReleaseStatus.SUBMITTED);
        assertThat(submitted.release().version()).isEqualTo(2);
        assertThat(submitted.release().updatedAt()).isEqualTo(core.clock.now());
        assertThat(submitted.tracks()).hasSize(2);
        assertThat(core.pendingEvents("release.submitted", member.organizationId())).singleElement()
                .satisfies(e -> assertThat(e.data()).containsEntry("status", "SUBMITTED"));
        assertRejected(() -> releases.submit(member, new SubmitReleaseCommand(id, null)), ErrorCode.CONFLICT);
    }

    @Test
    void rejects_a_release_without_tracks_or_date_and_leaves_it_a_draft() {
        ReleaseId id = releases.ingest(member, aReleaseDraft().noTracks().releaseDate(null).build()).release().id();

        assertInvalid(() -> releases.submit(member, new SubmitReleaseCommand(id, null)), "tracks", "releaseDate");

        assertThat(releases.get(member, id).release().status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(core.pendingEvents("release.submitted", member.organizationId())).isEmpty();
    }

    @Test
    void updates_a_draft_at_the_expected_version() {
        ReleaseId id = releases.ingest(member, aReleaseDraft().build()).release().id();

        ReleaseDetails updated = releases.update(member, UpdateReleaseCommand.of(id, "Mezzanine (Remastered)", null,
                null, "4006381333931", null, null, null, List.of("de"), 1L));

        assertThat(updated.release().version()).isEqualTo(2);
        assertThat(updated.release().title()).isEqualTo("Mezzanine (Remastered)");
        assertThat(updated.release().upc()).isEqualTo(Upc.of("4006381333931"));
        assertThat(updated.release().label()).as("kept").isEqualTo("Circa");
        assertThat(updated.release().territories()).containsExactly(Territory.of("DE"));
        assertThat(core.pendingEvents("release.updated", member.organizationId())).hasSize(1);
    }

    @Test
    void an_update_names_the_artist_by_name_reusing_or_creating_it() {
        ReleaseId id = releases.ingest(member, aReleaseDraft().artistName("Massive Attack").build()).release().id();
        Artist portishead = core.artists().create(member, CreateArtistCommand.of("Portishead", null, null));

        ReleaseDetails reused = releases.update(member, UpdateReleaseCommand.of(id, null, null, " portishead ", null,
                null, null, null, null, null));
        ReleaseDetails created = releases.update(member, UpdateReleaseCommand.of(id, null, null, "Tricky", null,
                null, null, null, null, null));

        assertThat(reused.release().artistId()).isEqualTo(portishead.id());
        assertThat(created.artist().name()).isEqualTo("Tricky");
        assertThat(created.release().artistId()).isEqualTo(created.artist().id()).isNotEqualTo(portishead.id());
        assertThat(core.pendingEvents("artist.created", member.organizationId())).hasSize(3);
    }

    @Test
    void an_update_may_not_name_the_artist_both_ways() {
        ReleaseId id = releases.ingest(member, aReleaseDraft().build()).release().id();

        assertInvalid(() -> releases.update(member, UpdateReleaseCommand.of(id, null, "art_01J0000000000000000000000",
                "Tricky", null, null, null, null, null, null)), "artistName");
    }

    @Test
    void an_empty_value_clears_the_optional_fields_and_absent_ones_are_kept() {
        ReleaseId id = releases.ingest(member, aReleaseDraft().upc(UPC).build()).release().id();
        Release before = releases.update(member, UpdateReleaseCommand.of(id, null, null, null, null, "Circa", null,
                "Trip hop", null, null)).release();
        assertThat(before.upc()).isNotNull();
        assertThat(before.genre()).isEqualTo("Trip hop");
        assertThat(before.releaseDate()).isNotNull();

        Release cleared = releases.update(member, UpdateReleaseCommand.of(id, null, null, null, "", "", "", "", null,
                null)).release();

        assertThat(cleared.upc()).isNull();
        assertThat(cleared.label()).isNull();
        assertThat(cleared.releaseDate()).isNull();
        assertThat(cleared.genre()).isNull();
        assertThat(cleared.title()).isEqualTo(before.title());
        assertThat(cleared.territories()).isEqualTo(before.territories());
        assertInvalid(() -> releases.update(member, UpdateReleaseCommand.of(id, null, null, null, " ", null, " ",
                null, null, null)), "upc", "releaseDate");
    }

    @Test
    void an_update_against_a_stale_version_fails_and_changes_nothing() {
        ReleaseId id = releases.ingest(member, aReleaseDraft().build()).release().id();
        releases.update(member, UpdateReleaseCommand.of(id, "First edit", null, null, null, null, null, null, null, 1L));

        assertRejected(() -> releases.update(member,
                        UpdateReleaseCommand.of(id, "Second edit", null, null, null, null, null, null, null, 1L)),
                ErrorCode.PRECONDITION_FAILED);

        assertThat(releases.get(member, id).release().title()).isEqualTo("First edit");
        assertRejected(() -> releases.submit(member, new SubmitReleaseCommand(id, 1L)),
                ErrorCode.PRECONDITION_FAILED);
    }

    @Test
    void a_submitted_release_cannot_be_updated() {
        ReleaseId id = releases.ingest(member, aReleaseDraft().build()).release().id();
        releases.submit(member, new SubmitReleaseCommand(id, null));

        assertRejected(() -> releases.update(member,
                        UpdateReleaseCommand.of(id, "Late change", null, null, null, null, null, null, null, null)),
                ErrorCode.CONFLICT);
        assertRejected(() -> releases.delete(member, DeleteCommand.of(id)), ErrorCode.CONFLICT);
    }

    @Test
    void another_organizations_caller_finds_nothing() {
        ReleaseId id = releases.ingest(member, aReleaseDraft().build()).release().id();
        Caller stranger = core.member(Role.OWNER);

        assertRejected(() -> releases.get(stranger, id), ErrorCode.NOT_FOUND);
        assertRejected(() -> releases.update(stranger,
                        UpdateReleaseCommand.of(id, "Hijacked", null, null, null, null, null, null, null, null)),
                ErrorCode.NOT_FOUND);
        assertRejected(() -> releases.submit(stranger, new SubmitReleaseCommand(id, null)), ErrorCode.NOT_FOUND);
        assertRejected(() -> releases.delete(stranger, DeleteCommand.of(id)), ErrorCode.NOT_FOUND);
        assertThat(releases.list(stranger, new ListReleasesQuery(ReleaseFilter.ALL, PageRequest.first(10))).items())
                .isEmpty();
        assertThat(releases.get(member, id).release().title()).isEqualTo("Mezzanine");
    }

    @Test
    void a_viewer_may_read_but_not_write() {
        ReleaseId id = releases.ingest(member, aReleaseDraft().build()).release().id();
        Caller viewer = core.colleague(member, Role.VIEWER);

        assertThat(releases.get(viewer, id).release().id()).isEqualTo(id);
        assertRejected(() -> releases.ingest(viewer, aReleaseDraft().title("Other").build()),
                ErrorCode.AUTHORIZATION_ERROR);
        assertRejected(() -> releases.submit(viewer, new SubmitReleaseCommand(id, null)),
                ErrorCode.AUTHORIZATION_ERROR);
        assertRejected(() -> releases.delete(viewer, DeleteCommand.of(id)), ErrorCode.AUTHORIZATION_ERROR);
        assertThat(releaseCount(member)).isEqualTo(1);
    }

    @Test
    void a_read_only_api_key_cannot_ingest() {
        assertRejected(() -> releases.ingest(core.apiKeyOf(member, Scope.READ), aReleaseDraft().build()),
                ErrorCode.AUTHORIZATION_ERROR);
    }

    @Test
    void deleting_a_version_that_moved_on_is_a_failed_precondition_and_deletes_nothing() {
        ReleaseId id = releases.ingest(member, aReleaseDraft().build()).release().id();
        long read = releases.get(member, id).release().version();
        releases.update(member, UpdateReleaseCommand.of(id, "Renamed", null, null, null, null, null, null, null, null));

        assertRejected(() -> releases.delete(member, new DeleteCommand<>(id, read)), ErrorCode.PRECONDITION_FAILED);
        assertRejected(() -> releases.delete(member, new DeleteCommand<>(id, Versions.NONE)),
                ErrorCode.PRECONDITION_FAILED);
        assertThat(releases.get(member, id).release().title()).isEqualTo("Renamed");

        releases.delete(member, new DeleteCommand<>(id, read + 1));
        assertRejected(() -> releases.get(member, id), ErrorCode.NOT_FOUND);
    }

    @Test
    void deleting_a_draft_removes_its_tracks() {
        ReleaseId id = releases.ingest(member, aReleaseDraft().build()).release().id();

        releases.delete(member, DeleteCommand.of(id));

        assertRejected(() -> releases.get(member, id), ErrorCode.NOT_FOUND);
        assertThat(allTracks(member)).isEmpty();
        assertThat(core.pendingEvents("release.deleted", member.organizationId())).singleElement()
                .satisfies(e -> assertThat(e.data()).containsEntry("track_count", 2));
    }
}
