package io.soundport.application.catalog;

import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.testing.Core;
import io.soundport.contracts.MediaSamples;
import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static io.soundport.application.testing.Core.aReleaseDraft;
import static org.assertj.core.api.Assertions.assertThat;

class MediaCleanupTest {
    private static final byte[] AUDIO = MediaSamples.wav(8_000, 1, 500);
    private static final byte[] COVER = MediaSamples.png(1400, 1400);

    private final Core core = new Core();
    private final Caller member = core.member(Role.MEMBER);
    private final MediaAssetService media = core.media();

    private ReleaseDetails releaseWithMedia() {
        ReleaseDetails release = core.releases().ingest(member, aReleaseDraft().build());
        for (Track track : release.tracks()) {
            media.upload(member, UploadMediaCommand.audio(track.id(), "audio/wav", new ByteArrayInputStream(AUDIO),
                    AUDIO.length));
        }
        media.upload(member, UploadMediaCommand.artwork(release.release().id(), "image/png",
                new ByteArrayInputStream(COVER), COVER.length));
        return release;
    }

    private List<MediaAsset> assetsOf(ReleaseId release) {
        return core.store.mediaAssets().ofRelease(member.organizationId(), release);
    }

    @Test
    void deleting_a_track_removes_its_audio_and_its_file_and_leaves_the_rest() {
        ReleaseDetails release = releaseWithMedia();
        Track deleted = release.tracks().get(0);
        MediaAsset audio = core.store.mediaAssets().find(member.organizationId(), AssetSubject.audioOf(deleted.id()))
                .orElseThrow();

        core.tracks().delete(member, DeleteCommand.of(deleted.id()));

        assertThat(core.store.mediaAssets().find(member.organizationId(), AssetSubject.audioOf(deleted.id())))
                .isEmpty();
        assertThat(core.blobs().info(audio.blobKey())).isEmpty();
        assertThat(assetsOf(release.release().id())).hasSize(2)
                .allSatisfy(kept -> assertThat(core.blobs().info(kept.blobKey())).isPresent());
    }

    @Test
    void deleting_a_release_removes_its_artwork_and_its_tracks_audio_with_their_files() {
        ReleaseDetails release = releaseWithMedia();
        List<MediaAsset> before = assetsOf(release.release().id());
        assertThat(before).hasSize(3);

        core.releases().delete(member, DeleteCommand.of(release.release().id()));

        assertThat(assetsOf(release.release().id())).isEmpty();
        assertThat(before).allSatisfy(gone -> assertThat(core.blobs().info(gone.blobKey())).isEmpty());
    }

    @Test
    void a_delete_that_is_refused_keeps_the_media() {
        ReleaseDetails release = releaseWithMedia();
        core.releases().submit(member, new SubmitReleaseCommand(release.release().id(), null));

        Core.assertRejected(() -> core.releases().delete(member, DeleteCommand.of(release.release().id())),
                io.soundport.domain.shared.ErrorCode.CONFLICT);

        assertThat(assetsOf(release.release().id())).hasSize(3)
                .allSatisfy(kept -> assertThat(core.blobs().info(kept.blobKey())).isPresent());
    }
}
