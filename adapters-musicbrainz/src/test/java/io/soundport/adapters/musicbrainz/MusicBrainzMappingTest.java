package io.soundport.adapters.musicbrainz;

import io.soundport.domain.catalog.metadata.ArtistCredit;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.catalog.metadata.MetadataArtist;
import io.soundport.domain.catalog.metadata.MetadataPage;
import io.soundport.domain.catalog.metadata.MetadataRecording;
import io.soundport.domain.catalog.metadata.MetadataRelease;
import io.soundport.domain.catalog.metadata.MetadataSearch;
import io.soundport.domain.catalog.metadata.MetadataTrack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.soundport.adapters.musicbrainz.MusicBrainzStub.ALONE_AGAIN_OR;
import static io.soundport.adapters.musicbrainz.MusicBrainzStub.NIRVANA;
import static io.soundport.adapters.musicbrainz.MusicBrainzStub.TUCSON;
import static org.assertj.core.api.Assertions.assertThat;

/** Every field of the domain's records, read from the recorded MusicBrainz bodies. */
class MusicBrainzMappingTest {
    private static final Mbid GIANT_SAND = Mbid.of("249eb550-505e-43ef-ac50-e8c605706ff1");
    private static final Mbid CALEXICO = Mbid.of("5e372a49-5672-4fb8-ba14-18c90780c4f9");
    private final MusicBrainzStub musicBrainz = new MusicBrainzStub();
    private final MusicBrainzMusicMetadata metadata = musicBrainz.metadata();

    @AfterEach
    void stop() {
        musicBrainz.close();
    }

    @Test
    void an_artist_lookup_reads_names_type_country_and_life_span() {
        MetadataArtist nirvana = metadata.artist(NIRVANA).orElseThrow();

        assertThat(nirvana).isEqualTo(new MetadataArtist(NIRVANA, "Nirvana", "Nirvana", "Group", "US",
                "90s US grunge band", "1988-01", "1994-04-05", null));
    }

    @Test
    void an_artist_search_reads_the_count_offset_and_each_scored_hit() {
        MetadataPage<MetadataArtist> page = metadata.searchArtists(MetadataSearch.of("artist:(bob dylan)", 10, 0));

        assertThat(page.total()).isEqualTo(4856);
        assertThat(page.offset()).isZero();
        assertThat(page.items()).hasSize(10);
        assertThat(page.items().get(0)).isEqualTo(new MetadataArtist(
                Mbid.of("72c536dc-7137-4477-a521-567eeb840fa8"), "Bob Dylan", "Dylan, Bob", "Person", "US", null,
                "1941-05-24", null, 100));
        assertThat(page.items().get(1)).isEqualTo(new MetadataArtist(
                Mbid.of("c296e10c-110a-4103-9e77-47bfebb7fb2e"), "Bob Marley & The Wailers",
                "Marley, Bob & The Wailers", "Group", "JM", null, "1970-12", "1981-05-11", 75));
        assertThat(page.items().get(2).disambiguation()).isEqualTo("singer-songwriter from Austin, Texas");
    }

    @Test
    void a_release_lookup_reads_the_release_its_label_and_every_track_with_its_recording() {
        MetadataRelease tucson = metadata.release(TUCSON).orElseThrow();

        assertThat(tucson.title()).isEqualTo("Tucson: A Country Rock Opera");
        assertThat(tucson.status()).isEqualTo("Official");
        assertThat(tucson.date()).isEqualTo("2012-06-11");
        assertThat(tucson.country()).isEqualTo("US");
        assertThat(tucson.barcode()).isEqualTo("809236126221");
        assertThat(tucson.score()).isNull();
        assertThat(tucson.artists()).containsExactly(new ArtistCredit(GIANT_SAND, "Giant Giant Sand", ""));
        assertThat(tucson.labels()).containsExactly(new MetadataRelease.LabelInfo(
                Mbid.of("659008fb-d1e7-4eca-865c-0d0344a721ed"), "Fire Records", "FireCD262"));
        assertThat(tucson.media()).singleElement().satisfies(cd -> {
            assertThat(cd.position()).isEqualTo(1);
            assertThat(cd.format()).isEqualTo("CD");
            assertThat(cd.trackCount()).isEqualTo(19);
            assertThat(cd.tracks()).hasSize(19);
        });

        MetadataTrack first = tucson.tracks().get(0);
        assertThat(first.position()).isEqualTo(1);
        assertThat(first.number()).isEqualTo("1");
        assertThat(first.title()).isEqualTo("Wind Blown Waltz");
        assertThat(first.lengthMs()).isEqualTo(201_066L);
        assertThat(first.recording()).isEqualTo(new MetadataRecording(
                Mbid.of("848f9f37-1a47-446b-b7f0-e09547738446"), "Wind Blown Waltz", 201_000L, null,
                List.of(new ArtistCredit(GIANT_SAND, "Giant Giant Sand", "")), List.of("GBXXA1200001"), List.of(),
                null));
        MetadataTrack last = tucson.tracks().get(18);
        assertThat(last.position()).isEqualTo(19);
        assertThat(last.number()).isEqualTo("19");
        assertThat(last.title()).isEqualTo("New River");
        assertThat(last.lengthMs()).isEqualTo(69_093L);
        assertThat(last.recording().isrcs()).containsExactly("GBXXA1200019", "USXXB1200019");
        assertThat(tucson.tracks().get(9).title()).isEqualTo("We Don’t Play Tonight");
        assertThat(tucson.tracks().get(2).recording().isrcs()).isEmpty();
    }

    @Test
    void a_release_search_hit_carries_its_media_without_tracks_and_what_it_lacks_is_null() {
        MetadataPage<MetadataRelease> page = metadata.searchReleases(
                MetadataSearch.of("artist:(giant sand) release:(tucson)", 10, 0));

        assertThat(page.total()).isEqualTo(1980);
        MetadataRelease digital = page.items().get(0);
        assertThat(digital.id()).isEqualTo(Mbid.of("7c333aaa-6704-414b-ba97-9128cd8caf42"));
        assertThat(digital.title()).isEqualTo("Tucson");
        assertThat(digital.score()).isEqualTo(100);
        assertThat(digital.barcode()).as("absent from the hit").isNull();
        assertThat(digital.artists()).containsExactly(new ArtistCredit(GIANT_SAND, "Giant Giant Sand", ""));
        assertThat(digital.labels()).containsExactly(new MetadataRelease.LabelInfo(
                Mbid.of("659008fb-d1e7-4eca-865c-0d0344a721ed"), "Fire Records", null));
        assertThat(digital.media()).containsExactly(new MetadataRelease.Medium(1, "Digital Media", 19, List.of()));

        MetadataRelease vinyl = page.items().get(1);
        assertThat(vinyl.title()).isEqualTo("Return To Tucson");
        assertThat(vinyl.barcode()).isEqualTo("809236132710");
        assertThat(vinyl.date()).isNull();
        assertThat(vinyl.labels()).extracting(MetadataRelease.LabelInfo::catalogNumber).containsExactly("FV327");
        assertThat(vinyl.media()).extracting(MetadataRelease.Medium::format).containsExactly("12\" Vinyl");
    }

    @Test
    void a_recording_search_reads_join_phrases_isrcs_and_the_releases_of_each_hit() {
        MetadataPage<MetadataRecording> page = metadata.searchRecordings(MetadataSearch.of(
                "artist:(calexico) AND recording:(alone again or) AND NOT secondarytype:(live)", 10, 0));

        assertThat(page.total()).isEqualTo(9);
        MetadataRecording first = page.items().get(0);
        assertThat(first.title()).isEqualTo("Alone Again Or");
        assertThat(first.lengthMs()).isEqualTo(195_173L);
        assertThat(first.score()).isEqualTo(100);
        assertThat(first.releases()).containsExactly(new MetadataRecording.ReleaseRef(
                Mbid.of("2f13d841-e744-45e9-be50-71dd842f0617"), "FM4 Soundselection: 9", "2003-09-29"));

        MetadataRecording duet = page.items().get(3);
        assertThat(duet.id()).isEqualTo(Mbid.of("6dbb03ca-e96a-47a1-ae2e-d7e28abd52ea"));
        assertThat(duet.artists()).containsExactly(new ArtistCredit(CALEXICO, "Calexico", " feat. "),
                new ArtistCredit(Mbid.of("41de9604-10b0-40e9-9d12-a70a4f9050b7"), "Nicolai Dunger", ""));
        assertThat(ArtistCredit.line(duet.artists())).isEqualTo("Calexico feat. Nicolai Dunger");

        assertThat(page.items().get(2).isrcs()).containsExactly("USA4C0409001");
    }

    @Test
    void a_recording_lookup_reads_its_artists_length_and_releases() {
        MetadataRecording recording = metadata.recording(ALONE_AGAIN_OR).orElseThrow();

        assertThat(recording.title()).isEqualTo("Alone Again Or");
        assertThat(recording.lengthMs()).isEqualTo(204_480L);
        assertThat(recording.disambiguation()).isNull();
        assertThat(recording.artists()).containsExactly(new ArtistCredit(CALEXICO, "Calexico", ""));
        assertThat(recording.isrcs()).as("not asked for in the recording").isEmpty();
        assertThat(recording.releases()).hasSize(11);
        assertThat(recording.releases().get(0)).isEqualTo(new MetadataRecording.ReleaseRef(
                Mbid.of("46888c28-6d39-4146-a82c-700f74fa0792"), "Alone Again Or", "2003-06-30"));
        assertThat(recording.score()).isNull();
    }

    @Test
    void absent_members_are_null_and_unknown_ones_are_passed_over() {
        Mbid id = Mbid.of("0a8e97fb-9a3b-4a5e-8e2e-d1b5b2d5c1f0");
        musicBrainz.server.stubFor(get(urlPathEqualTo("/ws/2/release/" + id)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + id + "\",\"title\":\"Sparse\",\"barcode\":null,\"media\":[{\"tracks\":"
                        + "[{\"recording\":{\"id\":\"" + id + "\",\"title\":\"Only\",\"length\":null}}]}],"
                        + "\"label-info\":[{\"label\":null,\"catalog-number\":\"X1\"}],"
                        + "\"something-new\":{\"nested\":[1,2,3]},\"score\":\"42\"}")));

        MetadataRelease sparse = metadata.release(id).orElseThrow();

        assertThat(sparse.title()).isEqualTo("Sparse");
        assertThat(sparse.status()).isNull();
        assertThat(sparse.date()).isNull();
        assertThat(sparse.barcode()).isNull();
        assertThat(sparse.artists()).isEmpty();
        assertThat(sparse.labels()).containsExactly(new MetadataRelease.LabelInfo(null, null, "X1"));
        assertThat(sparse.score()).as("a score written as text").isEqualTo(42);
        assertThat(sparse.media()).singleElement().satisfies(medium -> {
            assertThat(medium.position()).isEqualTo(1);
            assertThat(medium.trackCount()).isEqualTo(1);
        });
        assertThat(sparse.tracks()).singleElement().satisfies(track -> {
            assertThat(track.position()).isEqualTo(1);
            assertThat(track.number()).isNull();
            assertThat(track.title()).as("the recording's").isEqualTo("Only");
            assertThat(track.lengthMs()).isNull();
            assertThat(track.recording().artists()).isEmpty();
        });
    }
}
