package io.soundport.application.catalog;

import io.soundport.adapters.local.FileBlobStore;
import io.soundport.application.testing.Core;
import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaFacts;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static io.soundport.application.testing.Core.aReleaseDraft;
import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class MediaAssetServiceTest {
    private final Core core = new Core();
    private final Caller member = core.member(Role.MEMBER);
    @TempDir
    Path blobsDir;

    private MediaAssetService media() {
        return core.media(new FileBlobStore(blobsDir));
    }

    private static byte[] wav(long durationMs) throws IOException {
        AudioFormat format = new AudioFormat(8_000, 16, 1, true, false);
        long frames = 8_000 * durationMs / 1000;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(new byte[(int) frames * 2]), format, frames),
                AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }

    private static UploadMediaCommand audio(Track track, byte[] file) {
        return UploadMediaCommand.audio(track.id(), "audio/wav", new ByteArrayInputStream(file), file.length);
    }

    private long files() throws IOException {
        try (Stream<Path> all = Files.walk(blobsDir)) {
            return all.filter(p -> p.toString().endsWith(".data")).count();
        }
    }

    private Track firstTrack(ReleaseId release) {
        return core.releases().get(member, release).tracks().get(0);
    }

    @Test
    void an_upload_is_recorded_with_its_facts_and_replaces_the_earlier_file() throws IOException {
        ReleaseId release = core.releases().ingest(member, aReleaseDraft().build()).release().id();
        Track track = firstTrack(release);

        MediaAssetReport first = media().upload(member, audio(track, wav(1_000)));
        MediaAssetReport second = media().upload(member, audio(track, wav(2_000)));

        assertThat(second.asset().facts()).isEqualTo(new MediaFacts.Audio("PCM", 8_000, 16, 1, 2_000));
        assertThat(second.asset().releaseId()).isEqualTo(release);
        assertThat(second.warnings()).extracting(MediaAssetReport.Warning::code)
                .containsExactly(MediaAssetReport.Warning.DURATION_MISMATCH);
        assertThat(first.asset().blobKey()).isNotEqualTo(second.asset().blobKey());
        assertThat(files()).as("the first file deleted once the second was recorded").isEqualTo(1);
        assertThat(core.store.mediaAssets().ofRelease(member.organizationId(), release)).containsExactly(second.asset());
    }

    @Test
    void a_refused_file_leaves_no_file_and_no_record() throws IOException {
        ReleaseId release = core.releases().ingest(member, aReleaseDraft().build()).release().id();
        Track track = firstTrack(release);
        byte[] broken = wav(100);
        java.util.Arrays.fill(broken, 12, broken.length, (byte) 7);

        assertInvalid(() -> media().upload(member, audio(track, broken)), "content");
        assertInvalid(() -> media().upload(member, UploadMediaCommand.artwork(release, "image/png",
                new ByteArrayInputStream(wav(100)), -1)), "content");

        assertThat(files()).isZero();
        assertRejected(() -> media().get(member, AssetSubject.audioOf(track.id())), ErrorCode.NOT_FOUND);
    }

    @Test
    void readers_cannot_upload_and_files_stay_once_the_release_is_submitted() throws IOException {
        ReleaseId release = core.releases().ingest(member, aReleaseDraft().build()).release().id();
        Track track = firstTrack(release);
        assertRejected(() -> media().upload(core.member(Role.VIEWER), audio(track, wav(100))),
                ErrorCode.AUTHORIZATION_ERROR);
        media().upload(member, audio(track, wav(100)));
        core.releases().submit(member, new SubmitReleaseCommand(release, null));

        assertRejected(() -> media().delete(member, AssetSubject.audioOf(track.id())), ErrorCode.CONFLICT);
        assertThat(files()).isEqualTo(1);
    }
}
