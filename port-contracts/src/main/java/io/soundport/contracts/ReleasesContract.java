package io.soundport.contracts;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.CopyrightLine;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.catalog.ReleaseFilter;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Territory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Releases} must do. */
public abstract class ReleasesContract {

    protected abstract PersistencePorts ports();

    private Releases releases() {
        return ports().releases();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private Artist newArtist(Organization org) {
        Artist artist = Fixtures.artist(org);
        ports().artists().add(artist);
        return artist;
    }

    private Release newRelease(Organization org, Artist artist, String title) {
        Release release = Fixtures.release(org, artist, title, Fixtures.instant());
        releases().add(release);
        return release;
    }

    private static Release withUpc(Release r, Upc upc) {
        return new Release(r.id(), r.organizationId(), r.title(), r.artistId(), upc, r.label(), r.releaseDate(),
                r.genre(), r.territories(), r.status(), r.createdAt(), r.updatedAt(), r.version(), r.pLine(), r.cLine());
    }

    @Test
    void finds_an_added_release_with_every_field() {
        Organization org = newOrganization();
        Release release = Fixtures.release(org, newArtist(org));
        releases().add(release);

        assertThat(releases().find(org.id(), release.id())).contains(release);
    }

    @Test
    void keeps_the_p_and_c_lines_and_their_changes() {
        Organization org = newOrganization();
        Release plain = Fixtures.release(org, newArtist(org));
        Release release = plain.withLines(new CopyrightLine(2025, "Northern Lights Records"),
                new CopyrightLine(2024, "Northern Lights Design"), plain.updatedAt());
        releases().add(release);
        assertThat(releases().find(org.id(), release.id())).contains(release);

        Release changed = releases().update(release.withLines(new CopyrightLine(2026, "NL Records"), null,
                Fixtures.instant()));
        assertThat(releases().find(org.id(), release.id())).contains(changed);
        assertThat(changed.pLine()).isEqualTo(new CopyrightLine(2026, "NL Records"));
        assertThat(changed.cLine()).isNull();
    }

    @Test
    void keeps_a_release_with_only_its_required_fields() {
        Organization org = newOrganization();
        Release template = Fixtures.release(org, newArtist(org));
        Release bare = new Release(template.id(), org.id(), "Untitled", template.artistId(), null, null, null, null,
                null, ReleaseStatus.DRAFT, template.createdAt(), template.updatedAt(), 1);
        releases().add(bare);

        assertThat(releases().find(org.id(), bare.id())).contains(bare);
        assertThat(bare.territories()).containsExactly(Territory.WORLD);
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Release release = newRelease(org, newArtist(org), "Karma");

        assertThat(releases().find(org.id(), ReleaseId.of(Fixtures.id("rel")))).isEmpty();
        assertThat(releases().find(other.id(), release.id())).isEmpty();
    }

    private Track newTrack(Organization org, Release release, Artist artist, Integer position) {
        Track track = Fixtures.track(org, release, artist, "Song " + position, position, Fixtures.instant());
        ports().tracks().add(track);
        return track;
    }

    @Test
    void finds_the_details_of_a_release_without_tracks() {
        Organization org = newOrganization();
        Artist artist = newArtist(org);
        Release release = newRelease(org, artist, "Silence");

        assertThat(releases().findDetails(org.id(), release.id()))
                .contains(new ReleaseDetails(release, artist, List.of()));
    }

    @Test
    void finds_the_details_of_a_release_with_one_track() {
        Organization org = newOrganization();
        Artist artist = newArtist(org);
        Release release = newRelease(org, artist, "Single");
        Track track = newTrack(org, release, artist, 1);

        assertThat(releases().findDetails(org.id(), release.id()))
                .contains(new ReleaseDetails(release, artist, List.of(track)));
    }

    @Test
    void finds_the_details_of_a_release_with_its_tracks_in_position_order_then_creation() {
        Organization org = newOrganization();
        Artist artist = newArtist(org);
        Artist guest = newArtist(org);
        Release release = newRelease(org, artist, "Album");
        Release other = newRelease(org, artist, "Other album");
        Track unplaced = newTrack(org, release, artist, null);
        Track third = newTrack(org, release, artist, 3);
        Track first = newTrack(org, release, guest, 1);
        newTrack(org, other, artist, 2);
        Track secondEarlier = newTrack(org, release, artist, 2);
        Track secondLater = newTrack(org, release, artist, 2);

        ReleaseDetails details = releases().findDetails(org.id(), release.id()).orElseThrow();

        assertThat(details.release()).isEqualTo(release);
        assertThat(details.artist()).isEqualTo(artist);
        assertThat(details.tracks()).containsExactly(first, secondEarlier, secondLater, third, unplaced);
    }

    @Test
    void finds_no_details_for_an_unknown_id_or_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Artist artist = newArtist(org);
        Release release = newRelease(org, artist, "Karma");
        newTrack(org, release, artist, 1);

        assertThat(releases().findDetails(org.id(), ReleaseId.of(Fixtures.id("rel")))).isEmpty();
        assertThat(releases().findDetails(other.id(), release.id())).isEmpty();
    }

    @Test
    void rejects_a_second_release_with_the_same_upc_in_one_organization() {
        Organization org = newOrganization();
        Artist artist = newArtist(org);
        Release first = newRelease(org, artist, "First");
        Release second = withUpc(Fixtures.release(org, artist), first.upc());

        Expect.domainError(ErrorCode.CONFLICT, () -> releases().add(second));
        assertThat(releases().find(org.id(), second.id())).isEmpty();
    }

    @Test
    void accepts_the_same_upc_in_another_organization() {
        Organization org = newOrganization();
        Release first = newRelease(org, newArtist(org), "First");
        Organization other = newOrganization();
        Release second = withUpc(Fixtures.release(other, newArtist(other)), first.upc());

        releases().add(second);

        assertThat(releases().find(other.id(), second.id())).contains(second);
    }

    @Test
    void accepts_several_releases_without_upc() {
        Organization org = newOrganization();
        Artist artist = newArtist(org);
        Release one = withUpc(Fixtures.release(org, artist), null);
        Release two = withUpc(Fixtures.release(org, artist), null);

        releases().add(one);
        releases().add(two);

        assertThat(releases().find(org.id(), two.id())).contains(two);
    }

    @Test
    void rejects_an_update_that_takes_the_upc_of_another_release() {
        Organization org = newOrganization();
        Artist artist = newArtist(org);
        Release taken = newRelease(org, artist, "Taken");
        Release release = newRelease(org, artist, "Mine");

        Expect.domainError(ErrorCode.CONFLICT, () -> releases().update(withUpc(release, taken.upc())));
        assertThat(releases().find(org.id(), release.id())).contains(release);
    }

    @Test
    void update_stores_the_change_and_returns_the_next_version() {
        Organization org = newOrganization();
        Artist artist = newArtist(org);
        Release release = newRelease(org, artist, "Before");
        Artist otherArtist = newArtist(org);

        Release edited = release.edit("After", otherArtist.id(), Fixtures.upc(), "Impulse!", LocalDate.of(2025, 1, 3),
                "Spiritual jazz", List.of(Territory.of("US")), Fixtures.instant());
        Release updated = releases().update(edited);

        assertThat(updated.version()).isEqualTo(release.version() + 1);
        assertThat(releases().find(org.id(), release.id())).contains(updated);

        Release submitted = releases().update(updated.submit(3, Fixtures.instant()));
        assertThat(submitted.version()).isEqualTo(release.version() + 2);
        assertThat(releases().find(org.id(), release.id())).get().extracting(Release::status)
                .isEqualTo(ReleaseStatus.SUBMITTED);
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        Organization org = newOrganization();
        Release release = newRelease(org, newArtist(org), "Original");
        Release current = releases().update(release.submit(1, Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED, () -> releases().update(release.edit("Lost", release.artistId(),
                release.upc(), null, null, null, null, Fixtures.instant())));
        assertThat(releases().find(org.id(), release.id())).contains(current);
    }

    @Test
    void rejects_an_update_of_a_release_that_does_not_exist() {
        Organization org = newOrganization();

        Expect.domainError(ErrorCode.NOT_FOUND, () -> releases().update(Fixtures.release(org, newArtist(org))));
    }

    @Test
    void remove_returns_true_once_then_false_and_never_removes_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Release release = newRelease(org, newArtist(org), "Gone");

        assertThat(releases().remove(other.id(), release.id())).isFalse();
        assertThat(releases().remove(org.id(), release.id())).isTrue();
        assertThat(releases().remove(org.id(), release.id())).isFalse();
        assertThat(releases().find(org.id(), release.id())).isEmpty();
    }

    @Test
    void a_removed_release_frees_its_upc() {
        Organization org = newOrganization();
        Artist artist = newArtist(org);
        Release release = newRelease(org, artist, "Gone");
        releases().remove(org.id(), release.id());
        Release again = withUpc(Fixtures.release(org, artist), release.upc());

        releases().add(again);

        assertThat(releases().find(org.id(), again.id())).contains(again);
    }

    @Test
    void lists_releases_newest_first_across_pages() {
        Organization org = newOrganization();
        Artist artist = newArtist(org);
        List<Release> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(newRelease(org, artist, "Release " + i));
        }
        Organization other = newOrganization();
        newRelease(other, newArtist(other), "Elsewhere");

        List<Release> listed = Paging.walk(2, page -> releases().list(org.id(), ReleaseFilter.ALL, page));

        Collections.reverse(added);
        assertThat(listed).containsExactlyElementsOf(added);
    }

    @Test
    void filters_releases_by_status_artist_and_title() {
        Organization org = newOrganization();
        Artist coltrane = newArtist(org);
        Artist davis = newArtist(org);
        Release loveSupreme = newRelease(org, coltrane, "A Love Supreme");
        Release ballads = releases().update(newRelease(org, coltrane, "Ballads").submit(8, Fixtures.instant()));
        Release kindOfBlue = newRelease(org, davis, "Kind of BLUE");
        Release blueTrain = releases().update(newRelease(org, coltrane, "Blue Train").submit(5, Fixtures.instant()));

        assertThat(list(org, new ReleaseFilter(ReleaseStatus.SUBMITTED, null, null))).containsExactly(blueTrain, ballads);
        assertThat(list(org, new ReleaseFilter(null, coltrane.id(), null)))
                .containsExactly(blueTrain, ballads, loveSupreme);
        assertThat(list(org, new ReleaseFilter(null, null, "blue"))).containsExactly(blueTrain, kindOfBlue);
        assertThat(list(org, new ReleaseFilter(ReleaseStatus.DRAFT, coltrane.id(), "LOVE")))
                .containsExactly(loveSupreme);
        assertThat(list(org, new ReleaseFilter(ReleaseStatus.DELIVERED, null, null))).isEmpty();
        assertThat(Paging.walk(1, page -> releases().list(org.id(), new ReleaseFilter(null, coltrane.id(), null), page)))
                .containsExactly(blueTrain, ballads, loveSupreme);
    }

    private List<Release> list(Organization org, ReleaseFilter filter) {
        return releases().list(org.id(), filter, PageRequest.first(100)).items();
    }

    @Test
    void tells_whether_an_artist_has_releases_in_the_organization() {
        Organization org = newOrganization();
        Artist busy = newArtist(org);
        Artist idle = newArtist(org);
        newRelease(org, busy, "Something");

        assertThat(releases().existsForArtist(org.id(), busy.id())).isTrue();
        assertThat(releases().existsForArtist(org.id(), idle.id())).isFalse();
        assertThat(releases().existsForArtist(newOrganization().id(), busy.id())).isFalse();
    }
}
