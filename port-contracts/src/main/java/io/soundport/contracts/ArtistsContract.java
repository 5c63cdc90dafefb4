package io.soundport.contracts;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Artists} must do. */
public abstract class ArtistsContract {

    protected abstract PersistencePorts ports();

    private Artists artists() {
        return ports().artists();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private Artist newArtist(Organization org, String name) {
        Artist artist = Fixtures.artist(org, name, Fixtures.instant());
        artists().add(artist);
        return artist;
    }

    @Test
    void finds_an_added_artist_with_every_field() {
        Organization org = newOrganization();
        Artist artist = Fixtures.artist(org);
        artists().add(artist);

        assertThat(artists().find(org.id(), artist.id())).contains(artist);
    }

    @Test
    void keeps_an_artist_without_external_ids() {
        Organization org = newOrganization();
        Artist template = Fixtures.artist(org);
        Artist artist = new Artist(template.id(), org.id(), template.name(), null, null, template.createdAt(),
                template.updatedAt(), 1);
        artists().add(artist);

        assertThat(artists().find(org.id(), artist.id())).contains(artist);
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Artist artist = newArtist(org, "Alice Coltrane");

        assertThat(artists().find(org.id(), ArtistId.of(Fixtures.id("art")))).isEmpty();
        assertThat(artists().find(other.id(), artist.id())).isEmpty();
    }

    @Test
    void finds_by_exact_name_ignoring_case_the_oldest_first() {
        Organization org = newOrganization();
        Artist oldest = newArtist(org, "Sun Ra");
        newArtist(org, "sun ra");
        newArtist(org, "Sun Ra Arkestra");

        assertThat(artists().findByName(org.id(), "SUN RA")).contains(oldest);
        assertThat(artists().findByName(org.id(), "Sun")).isEmpty();
        assertThat(artists().findByName(newOrganization().id(), "Sun Ra")).isEmpty();
    }

    @Test
    void find_by_name_or_add_gives_the_oldest_artist_of_that_name_and_adds_nothing() {
        Organization org = newOrganization();
        Artist oldest = newArtist(org, "Max Roach");
        newArtist(org, "max roach");

        Artist found = artists().findByNameOrAdd(Fixtures.artist(org, "MAX ROACH", Fixtures.instant()));

        assertThat(found).isEqualTo(oldest);
        assertThat(artists().list(org.id(), "roach", PageRequest.first(10)).items()).hasSize(2);
    }

    @Test
    void find_by_name_or_add_adds_the_candidate_when_no_artist_has_its_name() {
        Organization org = newOrganization();
        newArtist(newOrganization(), "Abbey Lincoln");
        Artist candidate = Fixtures.artist(org, "Abbey Lincoln", Fixtures.instant());

        Artist added = artists().findByNameOrAdd(candidate);

        assertThat(added).isEqualTo(candidate);
        assertThat(artists().find(org.id(), candidate.id())).contains(candidate);
        assertThat(artists().findByName(org.id(), "abbey lincoln")).contains(candidate);
    }

    @Test
    void concurrent_find_by_name_or_add_of_one_new_name_adds_one_artist() throws Exception {
        Organization org = newOrganization();

        List<Artist> results = Concurrently.run(6,
                () -> artists().findByNameOrAdd(Fixtures.artist(org, "Cecil Taylor", Fixtures.instant())));

        List<Artist> stored = artists().list(org.id(), "Cecil", PageRequest.first(10)).items();
        assertThat(stored).hasSize(1);
        assertThat(results).allSatisfy(a -> assertThat(a.id()).isEqualTo(stored.get(0).id()));
    }

    /**
     * Inside units of work, as ingestion calls it: one artist whatever the timing. PostgreSQL and memory make the
     * later calls wait and give them that artist; DynamoDB, which checks its condition at commit, may instead refuse
     * a later unit of work with CONFLICT, writing nothing of it.
     */
    @Test
    void concurrent_units_of_work_finding_or_adding_one_new_name_add_one_artist() throws Exception {
        Organization org = newOrganization();

        List<Object> results = Concurrently.run(6, () -> {
            try {
                return ports().transactions().inTransaction(
                        () -> artists().findByNameOrAdd(Fixtures.artist(org, "Eric Dolphy", Fixtures.instant())));
            } catch (DomainException e) {
                return e.code();
            }
        });

        List<Artist> stored = artists().list(org.id(), "Dolphy", PageRequest.first(10)).items();
        assertThat(stored).hasSize(1);
        assertThat(results).allSatisfy(r -> assertThat(r).isIn(stored.get(0), ErrorCode.CONFLICT));
        assertThat(results).contains(stored.get(0));
    }

    @Test
    void update_stores_the_change_and_returns_the_next_version() {
        Organization org = newOrganization();
        Artist artist = newArtist(org, "Pharoah Sanders");

        Artist updated = artists().update(artist.rename("Pharoah", null, "0s0Wzb3F2dEdbJ3wQ0pOaz", Fixtures.instant()));

        assertThat(updated.version()).isEqualTo(artist.version() + 1);
        assertThat(artists().find(org.id(), artist.id())).contains(updated);
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        Organization org = newOrganization();
        Artist artist = newArtist(org, "Yusef Lateef");
        Artist current = artists().update(artist.rename("Yusef", null, null, Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED,
                () -> artists().update(artist.rename("Lost", null, null, Fixtures.instant())));
        assertThat(artists().find(org.id(), artist.id())).contains(current);
    }

    @Test
    void rejects_an_update_of_an_artist_that_does_not_exist() {
        Organization org = newOrganization();

        Expect.domainError(ErrorCode.NOT_FOUND, () -> artists().update(Fixtures.artist(org)));
    }

    @Test
    void rejects_an_update_of_an_artist_through_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Artist artist = newArtist(org, "Don Cherry");
        Artist hijacked = new Artist(artist.id(), other.id(), "Taken", null, null, artist.createdAt(),
                Fixtures.instant(), artist.version());

        Expect.domainError(ErrorCode.NOT_FOUND, () -> artists().update(hijacked));
        assertThat(artists().find(org.id(), artist.id())).contains(artist);
    }

    @Test
    void remove_returns_true_once_then_false_and_never_removes_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Artist artist = newArtist(org, "Archie Shepp");

        assertThat(artists().remove(other.id(), artist.id())).isFalse();
        assertThat(artists().remove(org.id(), artist.id())).isTrue();
        assertThat(artists().remove(org.id(), artist.id())).isFalse();
        assertThat(artists().find(org.id(), artist.id())).isEmpty();
    }

    @Test
    void lists_artists_newest_first_across_pages() {
        Organization org = newOrganization();
        List<Artist> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(newArtist(org, "Artist " + i));
        }
        newArtist(newOrganization(), "Elsewhere");

        List<Artist> listed = Paging.walk(2, page -> artists().list(org.id(), null, page));

        Collections.reverse(added);
        assertThat(listed).containsExactlyElementsOf(added);
    }

    @Test
    void filters_artists_by_a_part_of_their_name_ignoring_case() {
        Organization org = newOrganization();
        Artist miles = newArtist(org, "Miles Davis");
        newArtist(org, "John Coltrane");
        Artist davis = newArtist(org, "Anthony DAVIS");

        assertThat(artists().list(org.id(), "davis", PageRequest.first(10)).items()).containsExactly(davis, miles);
        assertThat(Paging.walk(1, page -> artists().list(org.id(), "Davis", page))).containsExactly(davis, miles);
        assertThat(artists().list(org.id(), "Monk", PageRequest.first(10)).items()).isEmpty();
    }
}
