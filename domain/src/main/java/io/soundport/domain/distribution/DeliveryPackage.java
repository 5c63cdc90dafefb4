package io.soundport.domain.distribution;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a partner receives for one release: the message (a DDEX ERN), a JSON {@link #MANIFEST} with every file's size
 * and checksums, and the media the message references ({@code resources/<name>}: audio, cover art), which are read
 * from their store only while they are sent, never held whole in memory.
 *
 * <p>File drops (FILE, SFTP, S3) lay a package out as a DDEX batch: {@code <batch id>/<release folder>/<path>} for
 * every file in {@link #inWriteOrder()}, then the {@link #batchComplete()} marker in the batch folder, written last, so
 * that a reader never picks up a batch before every file is whole. The batch id is the time the delivery was queued
 * ({@link #batchIdAt}), the release folder its UPC. The same package is sent again on a retry.
 */
public record DeliveryPackage(String messageId, DeliveryKind kind, String batchId, String releaseFolder,
                              List<PackageFile> files) {
    /** The file of the release folder written last of its files: its presence means they are all there. */
    public static final String MANIFEST = "manifest.json";
    /** The folder, beside the message, that holds the media files. */
    public static final String RESOURCES = "resources";

    private static final Pattern PLAIN_NAME = Pattern.compile("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$");
    private static final DateTimeFormatter BATCH_ID = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);

    public DeliveryPackage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(releaseFolder, "releaseFolder");
        files = List.copyOf(files);
        Set<String> paths = new HashSet<>();
        for (PackageFile file : files) {
            if (!paths.add(file.path())) {
                throw new IllegalArgumentException("two files at " + file.path());
            }
        }
    }

    /** A package of files held in memory, by path. */
    public DeliveryPackage(String messageId, DeliveryKind kind, String batchId, String releaseFolder,
                           Map<String, byte[]> files) {
        this(messageId, kind, batchId, releaseFolder, new TreeMap<>(files).entrySet().stream()
                .map(file -> PackageFile.of(file.getKey(), file.getValue())).toList());
    }

    /**
     * The batch id of a delivery queued at {@code queuedAt}: its time in UTC to the millisecond, as DDEX's file-based
     * choreography names batches ({@code YYYYMMDDhhmmssnnn}), so that batches sort in the order they were made.
     */
    public static String batchIdAt(Instant queuedAt) {
        return BATCH_ID.format(queuedAt);
    }

    /** The name of the empty marker written into the batch folder once every file of the batch is whole. */
    public String batchComplete() {
        return "BatchComplete_" + batchId + ".xml";
    }

    /** The release's folder within the drop: {@code <batch id>/<release folder>}. */
    public String releasePath() {
        return batchId + "/" + releaseFolder;
    }

    /** The file at {@code path} (relative to the release folder), if the package has one. */
    public Optional<PackageFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /**
     * Why this package cannot be dropped into a folder or under a key prefix, or null when it can: the message id,
     * the batch id, the release folder and every file name must be plain names (letters, digits, {@code .},
     * {@code _}, {@code -}, not starting with a dot), a file being either {@code <name>} or
     * {@code resources/<name>}.
     */
    public String problemAsDrop() {
        if (!PLAIN_NAME.matcher(messageId).matches()) {
            return "the message id '" + messageId + "' is not a plain file name";
        }
        if (!PLAIN_NAME.matcher(batchId).matches()) {
            return "the batch id '" + batchId + "' is not a plain file name";
        }
        if (!PLAIN_NAME.matcher(releaseFolder).matches()) {
            return "the release folder '" + releaseFolder + "' is not a plain file name";
        }
        for (PackageFile file : files) {
            String name = file.path().startsWith(RESOURCES + "/") ? file.path().substring(RESOURCES.length() + 1)
                    : file.path();
            if (!PLAIN_NAME.matcher(name).matches()) {
                return "the file name '" + file.path() + "' is not a plain file name";
            }
        }
        return null;
    }

    /**
     * Every file, in the order a drop writes them: the media under {@code resources/} first, then the message, the
     * {@link #MANIFEST} last; by path within each.
     */
    public List<PackageFile> inWriteOrder() {
        List<PackageFile> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparingInt((PackageFile f) -> f.path().equals(MANIFEST) ? 2
                : f.isResource() ? 0 : 1).thenComparing(PackageFile::path));
        return ordered;
    }

    /** What a file's bytes are read from, each time it is sent. */
    @FunctionalInterface
    public interface Source {
        /** A new stream of the file's bytes, to be closed by the caller. */
        InputStream open() throws IOException;
    }

    /** One file of the package: its path in the release folder, its size in bytes, and where its bytes are read. */
    public record PackageFile(String path, long size, Source source) {
        public PackageFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(source, "source");
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative");
            }
        }

        /** A file held in memory (a message, a manifest). */
        public static PackageFile of(String path, byte[] bytes) {
            byte[] copy = bytes.clone();
            return new PackageFile(path, copy.length, () -> new ByteArrayInputStream(copy));
        }

        /** True for a media file, under {@code resources/}. */
        public boolean isResource() {
            return path.startsWith(RESOURCES + "/");
        }

        /** The file's name, without its folder. */
        public String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** All the bytes, read into memory: for a message or a manifest, never for media. */
        public byte[] readAllBytes() {
            try (InputStream in = source.open()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
