package io.soundport.adapters.local;

import io.soundport.domain.distribution.DeliveryGateway.Result;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Territory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileDeliveryGatewayTest {
    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

    @TempDir
    Path dataDir;

    private static Partner partner(String folder) {
        return partner(folder, Protocol.FILE);
    }

    private static Partner partner(String folder, Protocol protocol) {
        return new Partner(PartnerId.of("ptn_01"), OrganizationId.of("org_01"), "Drop", protocol, folder,
                List.of(Territory.WORLD), true, null, NOW, NOW, 1);
    }

    private static final String BATCH = "20250601100000000";
    private static final String UPC = "036000291452";

    private static DeliveryPackage pkg(String messageId, String xml) {
        return new DeliveryPackage(messageId, DeliveryKind.DELIVERY, BATCH, UPC, Map.of(
                messageId + ".xml", xml.getBytes(StandardCharsets.UTF_8),
                "manifest.json", ("{\"message_id\":\"" + messageId + "\"}").getBytes(StandardCharsets.UTF_8)));
    }

    private List<Path> everythingUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void handles_file_only() {
        FileDeliveryGateway gateway = new FileDeliveryGateway(dataDir.resolve("drops"));
        assertThat(gateway.handles(Protocol.FILE)).isTrue();
        assertThat(gateway.handles(Protocol.HTTP)).isFalse();
        assertThat(gateway.handles(Protocol.S3)).isFalse();
    }

    @Test
    void the_release_is_written_as_a_ddex_batch_its_media_streamed_and_the_marker_last() throws IOException {
        Path drops = dataDir.resolve("drops");
        FileDeliveryGateway gateway = new FileDeliveryGateway(drops);
        byte[] big = ("<ern/>" + "x".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
        long audioSize = 3L * 1024 * 1024 + 7;
        Path batch = drops.resolve("streamly").resolve("inbox").resolve(BATCH);
        Path marker = batch.resolve("BatchComplete_" + BATCH + ".xml");
        DeliveryPackage.Source audio = () -> {
            // nothing of the batch is marked complete while its media are still being written
            assertThat(marker).doesNotExist();
            return new PatternStream(audioSize);
        };
        DeliveryPackage delivery = new DeliveryPackage("msg_01", DeliveryKind.DELIVERY, BATCH, UPC, List.of(
                DeliveryPackage.PackageFile.of("msg_01.xml", big),
                DeliveryPackage.PackageFile.of("manifest.json", "{}".getBytes(StandardCharsets.UTF_8)),
                new DeliveryPackage.PackageFile("resources/" + UPC + "_01_001.flac", audioSize, audio)));

        Result result = gateway.deliver(partner("streamly/inbox"), null, delivery);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(result.error()).isNull();
        assertThat(result.partnerReference()).isEqualTo("streamly/inbox/" + BATCH + "/" + UPC);
        Path dir = batch.resolve(UPC);
        assertThat(Files.readAllBytes(dir.resolve("msg_01.xml"))).isEqualTo(big);
        assertThat(Files.readString(dir.resolve("manifest.json"))).isEqualTo("{}");
        Path flac = dir.resolve("resources").resolve(UPC + "_01_001.flac");
        assertThat(Files.size(flac)).isEqualTo(audioSize);
        try (var in = Files.newInputStream(flac)) {
            assertThat(in.readAllBytes()).isEqualTo(new PatternStream(audioSize).readAllBytes());
        }
        assertThat(marker).isEmptyFile();
        // the marker is the last file written
        assertThat(Files.getLastModifiedTime(marker)).isGreaterThanOrEqualTo(
                Files.getLastModifiedTime(dir.resolve("manifest.json")));
        // no temporary file is left behind
        assertThat(everythingUnder(drops)).containsExactlyInAnyOrder(dir.resolve("msg_01.xml"),
                dir.resolve("manifest.json"), flac, marker);
    }

    @Test
    void a_media_file_whose_store_yields_another_size_is_not_put_in_place_nor_the_batch_marked() throws IOException {
        Path drops = dataDir.resolve("drops");
        DeliveryPackage delivery = new DeliveryPackage("msg_01", DeliveryKind.DELIVERY, BATCH, UPC, List.of(
                DeliveryPackage.PackageFile.of("msg_01.xml", new byte[]{1}),
                new DeliveryPackage.PackageFile("resources/a.wav", 10, () -> new PatternStream(9))));

        Result result = new FileDeliveryGateway(drops).deliver(partner("streamly"), null, delivery);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("a.wav was 9 bytes where the package lists 10");
        assertThat(everythingUnder(drops)).isEmpty();
    }

    @Test
    void a_media_file_that_cannot_be_read_fails_the_attempt_without_marking_the_batch() throws IOException {
        Path drops = dataDir.resolve("drops");
        DeliveryPackage delivery = new DeliveryPackage("msg_01", DeliveryKind.DELIVERY, BATCH, UPC, List.of(
                DeliveryPackage.PackageFile.of("msg_01.xml", new byte[]{1}),
                new DeliveryPackage.PackageFile("resources/a.wav", 10, () -> {
                    throw new IOException("the store is away");
                })));

        Result result = new FileDeliveryGateway(drops).deliver(partner("streamly"), null, delivery);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("the store is away");
        assertThat(everythingUnder(drops)).isEmpty();
    }

    /** {@code size} bytes of a repeating pattern, produced as read. */
    private static final class PatternStream extends java.io.InputStream {
        private final long size;
        private long at;

        PatternStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return at < size ? (int) (at++ * 31 % 251) : -1;
        }
    }

    @Test
    void a_second_delivery_of_the_same_message_replaces_the_files() throws IOException {
        Path drops = dataDir.resolve("drops");
        FileDeliveryGateway gateway = new FileDeliveryGateway(drops);
        Path xml = drops.resolve("streamly").resolve(BATCH).resolve(UPC).resolve("msg_01.xml");

        assertThat(gateway.deliver(partner("streamly"), null, pkg("msg_01", "<first version, the longer one/>"))
                .succeeded()).isTrue();
        assertThat(Files.readString(xml)).isEqualTo("<first version, the longer one/>");
        Object firstFile = Files.readAttributes(xml, "unix:ino").get("ino");

        Result again = gateway.deliver(partner("streamly"), null, pkg("msg_01", "<second/>"));

        assertThat(again.succeeded()).isTrue();
        assertThat(again.partnerReference()).isEqualTo("streamly/" + BATCH + "/" + UPC);
        assertThat(Files.readString(xml)).isEqualTo("<second/>");
        // replaced by a rename, not rewritten in place: a reader holding the old file still sees it whole
        assertThat(Files.readAttributes(xml, "unix:ino").get("ino")).isNotEqualTo(firstFile);
        assertThat(everythingUnder(drops.resolve("streamly"))).hasSize(3);
    }

    @Test
    void a_folder_that_leaves_the_drops_directory_is_refused_and_nothing_is_written() throws IOException {
        Path drops = dataDir.resolve("drops");
        Files.createDirectories(drops);
        FileDeliveryGateway gateway = new FileDeliveryGateway(drops);
        String absolute = dataDir.resolve("elsewhere").toString();
        for (String folder : List.of("..", "../elsewhere", "streamly/../../elsewhere", absolute, "/etc",
                "a\\..\\..\\b", ".", "./x", "x/", "x//y", ".hidden", "C:", "x:y")) {
            Result result = gateway.deliver(partner(folder), null, pkg("msg_01", "<x/>"));
            assertThat(result.succeeded()).as(folder).isFalse();
            assertThat(result.error()).as(folder).startsWith("refused");
            assertThat(result.partnerReference()).isNull();
        }
        assertThat(everythingUnder(dataDir)).isEmpty();
    }

    @Test
    void a_message_id_or_file_name_that_is_not_a_plain_name_is_refused() throws IOException {
        FileDeliveryGateway gateway = new FileDeliveryGateway(dataDir.resolve("drops"));
        Result badId = gateway.deliver(partner("streamly"), null, new DeliveryPackage("../../msg", DeliveryKind.DELIVERY,
                BATCH, UPC, Map.of("a.xml", new byte[]{1})));
        Result badFile = gateway.deliver(partner("streamly"), null, new DeliveryPackage("msg_01", DeliveryKind.DELIVERY,
                BATCH, UPC, Map.of("../../a.xml", new byte[]{1})));
        Result badFolder = gateway.deliver(partner("streamly"), null, new DeliveryPackage("msg_01",
                DeliveryKind.DELIVERY, BATCH, "..", Map.of("a.xml", new byte[]{1})));
        assertThat(badId.succeeded()).isFalse();
        assertThat(badFile.succeeded()).isFalse();
        assertThat(badFolder.succeeded()).isFalse();
        assertThat(everythingUnder(dataDir)).isEmpty();
    }

    @Test
    void a_symbolic_link_out_of_the_drops_directory_is_refused() throws IOException {
        Path drops = Files.createDirectories(dataDir.resolve("drops"));
        Path outside = Files.createDirectories(dataDir.resolve("outside"));
        Files.createSymbolicLink(drops.resolve("sneaky"), outside);
        Result result = new FileDeliveryGateway(drops).deliver(partner("sneaky"), null, pkg("msg_01", "<x/>"));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("symbolic link");
        assertThat(everythingUnder(outside)).isEmpty();
    }

    @Test
    void a_partner_of_another_protocol_is_refused() {
        Result result = new FileDeliveryGateway(dataDir.resolve("drops"))
                .deliver(partner("https://example.com/in", Protocol.HTTP), null, pkg("msg_01", "<x/>"));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("not FILE");
    }

    @Test
    void check_folder_accepts_plain_names_and_rejects_escapes_as_a_validation_error_on_endpoint() {
        assertThat(FileDeliveryGateway.checkFolder("streamly")).isEqualTo("streamly");
        assertThat(FileDeliveryGateway.checkFolder("streamly/in-box_2.0")).isEqualTo("streamly/in-box_2.0");
        for (String bad : new String[]{null, "", "  ", "..", "a/../..", "/abs", "a\\b", "C:\\drops", "a/", ".x",
                "x".repeat(256)}) {
            assertThatThrownBy(() -> FileDeliveryGateway.checkFolder(bad))
                    .as(String.valueOf(bad))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                        assertThat(e.details()).extracting(d -> d.field()).containsExactly("endpoint");
                    });
        }
    }
}
