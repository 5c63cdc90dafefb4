package io.soundport.bootstrap.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DDEX batch as a file-drop partner received it: its files by path relative to the batch folder
 * ({@code <UPC>/<message>.xml}, {@code <UPC>/resources/...}, {@code BatchComplete_<batch id>.xml}), and what a
 * complete delivery of a release made ready by {@link RestTest#deliveryReady} holds.
 */
final class DeliveredBatch {
    static final String UPC = "036000291452";

    private DeliveredBatch() {
    }

    /** The batch id in a delivery's partner reference, which ends with {@code /<batch id>/<UPC>}. */
    static String batchOf(String partnerReference) {
        String[] segments = partnerReference.split("/");
        assertThat(segments[segments.length - 1]).isEqualTo(UPC);
        String batch = segments[segments.length - 2];
        assertThat(batch).as("a batch id is the time it was made, YYYYMMDDhhmmssnnn").matches("\\d{17}");
        return batch;
    }

    /** Every file under a batch folder on disk, by its path relative to the folder. */
    static Map<String, byte[]> onDisk(Path batchFolder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(batchFolder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(batchFolder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Asserts a complete batch of one release with {@code tracks} tracks, each with {@link RestTest#AUDIO}, and the
     * {@link RestTest#COVER}: the message references each file with its MD5, the manifest lists each with its SHA-256,
     * and the marker is there; nothing else (no temporary file) is.
     */
    static void assertComplete(Map<String, byte[]> files, String batch, String delivery, int tracks) {
        String release = UPC + "/";
        Map<String, byte[]> expectedMedia = new TreeMap<>();
        for (int i = 1; i <= tracks; i++) {
            expectedMedia.put(release + "resources/" + UPC + "_01_" + String.format("%03d", i) + ".wav",
                    RestTest.AUDIO);
        }
        expectedMedia.put(release + "resources/" + UPC + ".png", RestTest.COVER);
        String marker = "BatchComplete_" + batch + ".xml";
        assertThat(files.keySet()).containsExactlyInAnyOrder(Stream.concat(expectedMedia.keySet().stream(),
                Stream.of(release + delivery + ".xml", release + "manifest.json", marker)).toArray(String[]::new));
        expectedMedia.forEach((path, bytes) -> assertThat(files.get(path)).as(path).isEqualTo(bytes));
        assertThat(files.get(marker)).isEmpty();
        String xml = new String(files.get(release + delivery + ".xml"), StandardCharsets.UTF_8);
        assertThat(xml).contains("NewReleaseMessage", "<ICPN>" + UPC + "</ICPN>",
                "<URI>resources/" + UPC + "_01_001.wav</URI>", "<URI>resources/" + UPC + ".png</URI>",
                "<HashSumValue>" + hex("MD5", RestTest.AUDIO) + "</HashSumValue>",
                "<HashSumValue>" + hex("MD5", RestTest.COVER) + "</HashSumValue>");
        String manifest = new String(files.get(release + "manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains(delivery + ".xml", hex("SHA-256", RestTest.AUDIO),
                hex("SHA-256", RestTest.COVER), hex("MD5", RestTest.AUDIO));
    }

    static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
