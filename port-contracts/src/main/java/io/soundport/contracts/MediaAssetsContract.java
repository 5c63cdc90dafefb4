package io.soundport.contracts;

import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.MediaAssets;
import io.soundport.domain.catalog.MediaFacts;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link MediaAssets} must do. */
public abstract class MediaAssetsContract {

    protected abstract PersistencePorts ports();

    private MediaAssets assets() {
        return ports().mediaAssets();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private static MediaAsset audio(Organization org, TrackId track, ReleaseId release, long size, Instant at) {
        return new MediaAsset(org.id(), AssetSubject.audioOf(track), release,
                "orgs/" + org.id().value() + "/tracks/" + track.value() + "/" + Fixtures.suffix(), "audio/wav", size,
                Fixtures.sha256Hex(), Fixtures.sha256Hex().substring(0, 32),
                new MediaFacts.Audio("PCM", 44_100, 16, 2, 183_250L), at);
    }

    private static MediaAsset artwork(Organization org, ReleaseId release, Instant at) {
        return new MediaAsset(org.id(), AssetSubject.artworkOf(release), release,
                "orgs/" + org.id().value() + "/releases/" + release.value() + "/" + Fixtures.suffix(), "image/png",
                3_000_000_000L, Fixtures.sha256Hex(), Fixtures.sha256Hex().substring(0, 32),
                new MediaFacts.Image("PNG", 3000, 3000), at);
    }

    @Test
    void stores_an_asset_and_finds_it_within_its_organization_only() {
        Organization org = newOrganization();
        TrackId track = TrackId.of(Fixtures.id("trk"));
        ReleaseId release = ReleaseId.of(Fixtures.id("rel"));
        MediaAsset stored = audio(org, track, release, 2_147_483_648L, Fixtures.instant());

        assertThat(assets().put(stored)).isEmpty();

        assertThat(assets().find(org.id(), AssetSubject.audioOf(track))).contains(stored);
        assertThat(assets().find(newOrganization().id(), AssetSubject.audioOf(track))).isEmpty();
        assertThat(assets().find(org.id(), AssetSubject.artworkOf(release))).isEmpty();
    }

    @Test
    void a_second_asset_of_a_subject_replaces_the_first_and_answers_it() {
        Organization org = newOrganization();
        ReleaseId release = ReleaseId.of(Fixtures.id("rel"));
        MediaAsset first = artwork(org, release, Fixtures.instant());
        MediaAsset second = artwork(org, release, Fixtures.instant());
        assets().put(first);

        assertThat(assets().put(second)).contains(first);

        assertThat(assets().find(org.id(), AssetSubject.artworkOf(release))).contains(second);
        assertThat(assets().ofRelease(org.id(), release)).containsExactly(second);
    }

    @Test
    void remove_answers_the_removed_asset_once_and_never_removes_from_another_organization() {
        Organization org = newOrganization();
        TrackId track = TrackId.of(Fixtures.id("trk"));
        MediaAsset stored = audio(org, track, null, 10, Fixtures.instant());
        assets().put(stored);

        assertThat(assets().remove(newOrganization().id(), AssetSubject.audioOf(track))).isEmpty();
        assertThat(assets().remove(org.id(), AssetSubject.audioOf(track))).contains(stored);
        assertThat(assets().remove(org.id(), AssetSubject.audioOf(track))).isEmpty();
        assertThat(assets().find(org.id(), AssetSubject.audioOf(track))).isEmpty();
    }

    @Test
    void lists_the_artwork_and_the_audio_of_a_release() {
        Organization org = newOrganization();
        ReleaseId release = ReleaseId.of(Fixtures.id("rel"));
        MediaAsset cover = artwork(org, release, Fixtures.instant());
        MediaAsset one = audio(org, TrackId.of(Fixtures.id("trk")), release, 100, Fixtures.instant());
        MediaAsset two = audio(org, TrackId.of(Fixtures.id("trk")), release, 200, Fixtures.instant());
        assets().put(cover);
        assets().put(one);
        assets().put(two);
        assets().put(audio(org, TrackId.of(Fixtures.id("trk")), ReleaseId.of(Fixtures.id("rel")), 1,
                Fixtures.instant()));
        assets().put(audio(org, TrackId.of(Fixtures.id("trk")), null, 1, Fixtures.instant()));

        assertThat(assets().ofRelease(org.id(), release)).containsExactlyInAnyOrder(cover, one, two);
        assertThat(assets().ofRelease(newOrganization().id(), release)).isEmpty();
    }

    @Test
    void a_put_inside_a_unit_of_work_rolls_back_with_it() {
        Organization org = newOrganization();
        TrackId track = TrackId.of(Fixtures.id("trk"));
        MediaAsset before = audio(org, track, null, 1, Fixtures.instant());
        assets().put(before);

        assertThatThrownBy(() -> ports().transactions().run(() -> {
            assets().put(audio(org, track, null, 2, Fixtures.instant()));
            throw DomainException.conflict("rolled back");
        })).isInstanceOf(DomainException.class);

        assertThat(assets().find(org.id(), AssetSubject.audioOf(track))).contains(before);
    }
}
