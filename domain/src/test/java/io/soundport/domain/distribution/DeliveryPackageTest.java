package io.soundport.domain.distribution;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryPackageTest {
    private static DeliveryPackage pkg(String messageId, String... paths) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String path : paths) {
            files.put(path, new byte[0]);
        }
        return new DeliveryPackage(messageId, DeliveryKind.DELIVERY, "20260105100000123", "036000291452", files);
    }

    @Test
    void a_drop_writes_the_media_first_then_the_message_and_the_manifest_last() {
        assertThat(pkg("m", "zz.xml", DeliveryPackage.MANIFEST, "resources/b.flac", "a.xml", "resources/a.jpg")
                .inWriteOrder()).extracting(DeliveryPackage.PackageFile::path)
                .containsExactly("resources/a.jpg", "resources/b.flac", "a.xml", "zz.xml", "manifest.json");
    }

    @Test
    void only_plain_names_can_be_dropped() {
        assertThat(pkg("msg_1", "msg_1.xml", "manifest.json", "resources/036000291452.jpg").problemAsDrop()).isNull();
        assertThat(pkg("../up", "a.xml").problemAsDrop()).contains("message id");
        assertThat(pkg("m", ".hidden").problemAsDrop()).contains("file name");
        assertThat(pkg("m", "a/b.xml").problemAsDrop()).contains("file name");
        assertThat(pkg("m", "resources/../../x").problemAsDrop()).contains("file name");
        assertThat(pkg("m", "resources/sub/x.wav").problemAsDrop()).contains("file name");
        assertThat(new DeliveryPackage("m", DeliveryKind.DELIVERY, "b", "../up", Map.of()).problemAsDrop())
                .contains("release folder");
        assertThat(new DeliveryPackage("m", DeliveryKind.DELIVERY, "..", "r", Map.of()).problemAsDrop())
                .contains("batch id");
    }

    @Test
    void a_batch_is_named_by_the_time_its_delivery_was_queued_and_completed_by_a_marker() {
        String batch = DeliveryPackage.batchIdAt(Instant.parse("2026-01-05T10:00:00.123456Z"));
        assertThat(batch).isEqualTo("20260105100000123");
        DeliveryPackage pkg = new DeliveryPackage("m", DeliveryKind.DELIVERY, batch, "036000291452", Map.of());
        assertThat(pkg.batchComplete()).isEqualTo("BatchComplete_20260105100000123.xml");
        assertThat(pkg.releasePath()).isEqualTo("20260105100000123/036000291452");
    }

    @Test
    void files_are_read_each_time_they_are_sent_and_a_path_holds_one_file() {
        DeliveryPackage pkg = pkg("m", "m.xml");
        assertThat(pkg.file("m.xml").orElseThrow().readAllBytes()).isEmpty();
        assertThat(pkg.file("m.xml").orElseThrow().name()).isEqualTo("m.xml");
        assertThat(DeliveryPackage.PackageFile.of("resources/a.wav", new byte[3]).name()).isEqualTo("a.wav");
        DeliveryPackage.PackageFile twice = DeliveryPackage.PackageFile.of("a.xml", new byte[1]);
        assertThatThrownBy(() -> new DeliveryPackage("m", DeliveryKind.DELIVERY, "b", "r",
                java.util.List.of(twice, twice))).isInstanceOf(IllegalArgumentException.class);
    }
}
