package io.soundport.contracts;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackFilter;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Tracks} must do. */
public abstract class TracksContract {

    protected abstract PersistencePorts ports();

    private Tracks tracks() {
        return ports().tracks();
    }

    /** An organization with one artist and one release of theirs, all stored. */
    private record Catalog(Organization org, Artist artist, Release release) {
    }

    private Catalog newCatalog() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        Artist artist = Fixtures.artist(org);
        ports().artists().add(artist);
        Release release = Fixtures.release(org, artist);
        ports().releases().add(release);
        return new Catalog(org, artist, release);
    }

    private Release newRelease(Catalog c) {
        Release release = Fixtures.release(c.org(), c.artist());
        ports().releases().add(release);
        return release;
    }

    private Track newTrack(Catalog c, Release release, String title, Integer position) {
        Track track = Fixtures.track(c.org(), release, c.artist(), title, position, Fixtures.instant());
        tracks().add(track);
        return track;
    }

    @Test
    void finds_an_added_track_with_every_field() {
        Catalog c = newCatalog();
        Track template = Fixtures.track(c.org(), c.release(), c.artist(), 1);
        Track track = new Track(template.id(), c.org().id(), c.release().id(), c.artist().id(), "Acknowledgement",
                template.isrc(), 462_000, true, 1, template.createdAt(), template.updatedAt(), 1);
        tracks().add(track);

        assertThat(tracks().find(c.org().id(), track.id())).contains(track);
    }

    @Test
    void keeps_a_track_on_its_own_without_optional_fields() {
        Catalog c = newCatalog();
        Track template = Fixtures.track(c.org(), null, null, "Loose", null, Fixtures.instant());
        Track loose = new Track(template.id(), c.org().id(), null, null, "Loose", null, 1_000, false, null,
                template.createdAt(), template.updatedAt(), 1);
        tracks().add(loose);

        assertThat(tracks().find(c.org().id(), loose.id())).contains(loose);
    }

    @Test
    void adds_many_tracks_at_once_all_found_in_their_order() {
        Catalog c = newCatalog();
        List<Track> batch = new ArrayList<>();
        for (int position = 12; position >= 1; position--) {
            batch.add(Fixtures.track(c.org(), c.release(), c.artist(), "Track " + position, position,
                    Fixtures.instant()));
        }

        tracks().addAll(batch);

        List<Track> inOrder = new ArrayList<>(batch);
        Collections.reverse(inOrder);
        assertThat(tracks().ofRelease(c.org().id(), c.release().id())).containsExactlyElementsOf(inOrder);
        batch.forEach(t -> assertThat(tracks().find(c.org().id(), t.id())).contains(t));
    }

    @Test
    void adds_a_release_of_more_than_a_hundred_tracks_at_once_in_a_unit_of_work() {
        Catalog c = newCatalog();
        List<Track> batch = new ArrayList<>();
        for (int position = 1; position <= 150; position++) {
            batch.add(Fixtures.track(c.org(), c.release(), c.artist(), "Track " + position, position,
                    Fixtures.instant()));
        }

        ports().transactions().run(() -> tracks().addAll(batch));

        assertThat(tracks().ofRelease(c.org().id(), c.release().id())).containsExactlyElementsOf(batch);
    }

    @Test
    void adds_nothing_when_a_track_of_the_batch_has_a_taken_id() {
        Catalog c = newCatalog();
        Track stored = newTrack(c, c.release(), "Stored", 1);
        Track first = Fixtures.track(c.org(), c.release(), c.artist(), 2);
        Track second = Fixtures.track(c.org(), c.release(), c.artist(), 3);
        Track clash = new Track(stored.id(), c.org().id(), c.release().id(), c.artist().id(), "Clash", null, 200_000,
                false, 4, Fixtures.instant(), Fixtures.instant(), 1);

        Expect.domainError(ErrorCode.CONFLICT, () -> tracks().add(clash));
        Expect.domainError(ErrorCode.CONFLICT, () -> tracks().addAll(List.of(first, second, clash)));
        Expect.domainError(ErrorCode.CONFLICT,
                () -> ports().transactions().run(() -> tracks().addAll(List.of(first, second, clash))));

        assertThat(tracks().ofRelease(c.org().id(), c.release().id())).containsExactly(stored);
    }

    @Test
    void adds_nothing_when_the_batch_holds_one_id_twice() {
        Catalog c = newCatalog();
        Track first = Fixtures.track(c.org(), c.release(), c.artist(), 1);
        Track second = Fixtures.track(c.org(), c.release(), c.artist(), 2);
        Track again = new Track(first.id(), c.org().id(), c.release().id(), c.artist().id(), "Again", null, 200_000,
                false, 3, Fixtures.instant(), Fixtures.instant(), 1);

        Expect.domainError(ErrorCode.CONFLICT, () -> tracks().addAll(List.of(first, second, again)));
        Expect.domainError(ErrorCode.CONFLICT,
                () -> ports().transactions().run(() -> tracks().addAll(List.of(first, second, again))));

        assertThat(tracks().ofRelease(c.org().id(), c.release().id())).isEmpty();
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_from_another_organization() {
        Catalog c = newCatalog();
        Catalog other = newCatalog();
        Track track = newTrack(c, c.release(), "Resolution", 2);

        assertThat(tracks().find(c.org().id(), TrackId.of(Fixtures.id("trk")))).isEmpty();
        assertThat(tracks().find(other.org().id(), track.id())).isEmpty();
    }

    @Test
    void update_stores_the_change_and_returns_the_next_version() {
        Catalog c = newCatalog();
        Track track = newTrack(c, c.release(), "Pursuance", 3);
        Release moved = newRelease(c);

        Track updated = tracks().update(track.edit("Pursuance (live)", Fixtures.isrc(), 600_000, true, 7, moved.id(),
                c.artist().id(), Fixtures.instant()));

        assertThat(updated.version()).isEqualTo(track.version() + 1);
        assertThat(tracks().find(c.org().id(), track.id())).contains(updated);
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        Catalog c = newCatalog();
        Track track = newTrack(c, c.release(), "Psalm", 4);
        Track current = tracks().update(track.edit("Psalm (edit)", track.isrc(), 420_000, false, 4,
                track.releaseId(), track.artistId(), Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED, () -> tracks().update(track.edit("Lost", track.isrc(),
                420_000, false, 4, track.releaseId(), track.artistId(), Fixtures.instant())));
        assertThat(tracks().find(c.org().id(), track.id())).contains(current);
    }

    @Test
    void rejects_an_update_of_a_track_that_does_not_exist() {
        Catalog c = newCatalog();

        Expect.domainError(ErrorCode.NOT_FOUND,
                () -> tracks().update(Fixtures.track(c.org(), c.release(), c.artist(), 1)));
    }

    @Test
    void remove_returns_true_once_then_false_and_never_removes_from_another_organization() {
        Catalog c = newCatalog();
        Catalog other = newCatalog();
        Track track = newTrack(c, c.release(), "Gone", 1);

        assertThat(tracks().remove(other.org().id(), track.id())).isFalse();
        assertThat(tracks().remove(c.org().id(), track.id())).isTrue();
        assertThat(tracks().remove(c.org().id(), track.id())).isFalse();
        assertThat(tracks().find(c.org().id(), track.id())).isEmpty();
    }

    @Test
    void removes_every_track_of_a_release_and_counts_them() {
        Catalog c = newCatalog();
        Release kept = newRelease(c);
        newTrack(c, c.release(), "One", 1);
        newTrack(c, c.release(), "Two", 2);
        Track survivor = newTrack(c, kept, "Other", 1);

        assertThat(tracks().removeOfRelease(c.org().id(), c.release().id())).isEqualTo(2);
        assertThat(tracks().ofRelease(c.org().id(), c.release().id())).isEmpty();
        assertThat(tracks().ofRelease(c.org().id(), kept.id())).containsExactly(survivor);
        assertThat(tracks().removeOfRelease(c.org().id(), c.release().id())).isZero();
    }

    @Test
    void lists_the_tracks_of_a_release_by_position_then_creation() {
        Catalog c = newCatalog();
        Track third = newTrack(c, c.release(), "Third", 3);
        Track first = newTrack(c, c.release(), "First", 1);
        Track secondA = newTrack(c, c.release(), "Second A", 2);
        Track secondB = newTrack(c, c.release(), "Second B", 2);
        newTrack(c, newRelease(c), "Elsewhere", 1);

        assertThat(tracks().ofRelease(c.org().id(), c.release().id()))
                .containsExactly(first, secondA, secondB, third);
        assertThat(tracks().ofRelease(newCatalog().org().id(), c.release().id())).isEmpty();
    }

    @Test
    void lists_tracks_newest_first_across_pages() {
        Catalog c = newCatalog();
        List<Track> added = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            added.add(newTrack(c, c.release(), "Track " + i, i));
        }
        Catalog other = newCatalog();
        newTrack(other, other.release(), "Elsewhere", 1);

        List<Track> listed = Paging.walk(2, page -> tracks().list(c.org().id(), TrackFilter.ALL, page));

        Collections.reverse(added);
        assertThat(listed).containsExactlyElementsOf(added);
    }

    @Test
    void filters_tracks_by_title_release_and_isrc() {
        Catalog c = newCatalog();
        Release single = newRelease(c);
        Track naima = newTrack(c, c.release(), "Naima", 1);
        Track giant = newTrack(c, c.release(), "Giant Steps", 2);
        Track naimaLive = newTrack(c, single, "NAIMA (live)", 1);
        Isrc isrc = giant.isrc();

        assertThat(list(c, new TrackFilter("naima", null, null))).containsExactly(naimaLive, naima);
        assertThat(list(c, new TrackFilter(null, c.release().id(), null))).containsExactly(giant, naima);
        assertThat(list(c, new TrackFilter(null, null, isrc))).containsExactly(giant);
        assertThat(list(c, new TrackFilter("Naima", single.id(), null))).containsExactly(naimaLive);
        assertThat(list(c, new TrackFilter("Mr. P.C.", null, null))).isEmpty();
        assertThat(Paging.walk(1, page -> tracks().list(c.org().id(), new TrackFilter("naima", null, null), page)))
                .containsExactly(naimaLive, naima);
    }

    private List<Track> list(Catalog c, TrackFilter filter) {
        return tracks().list(c.org().id(), filter, PageRequest.first(100)).items();
    }

    @Test
    void tells_whether_an_artist_has_tracks_in_the_organization() {
        Catalog c = newCatalog();
        Artist idle = Fixtures.artist(c.org());
        ports().artists().add(idle);
        newTrack(c, c.release(), "Something", 1);

        assertThat(tracks().existsForArtist(c.org().id(), c.artist().id())).isTrue();
        assertThat(tracks().existsForArtist(c.org().id(), idle.id())).isFalse();
        assertThat(tracks().existsForArtist(newCatalog().org().id(), c.artist().id())).isFalse();
    }
}
