package io.soundport.adapters.local;

import io.soundport.domain.distribution.DeliveryGateway;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.shared.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Delivers to FILE partners, a local stand-in for an SFTP drop: the package is written as a DDEX batch into
 * {@code <drops root>/<partner folder>/<batch id>/<release folder>/} (the message, the manifest and the media under
 * {@code resources/}), then the empty {@code BatchComplete_<batch id>.xml} into the batch folder; the drops root is
 * {@code $SOUNDPORT_DATA_DIR/drops}.
 *
 * <p>The partner's endpoint is a folder name under the drops root: one or more segments of letters, digits,
 * {@code .}, {@code _} and {@code -} separated by {@code /}, none of them {@code .} or {@code ..} or starting with a
 * dot. Anything else (an absolute path, a backslash, a drive letter, a segment that climbs out) is refused, by
 * {@link #checkFolder} when the partner is registered and again here before anything is written; the resolved
 * folder must also still be inside the root once symbolic links are followed.
 *
 * <p>Each file is written to a temporary file in the same directory, forced to disk and moved over its final name
 * with {@link StandardCopyOption#ATOMIC_MOVE}, so a reader sees the old file or the new one, never half a file; a
 * second delivery of the same message replaces the files the same way. Media are copied from their store as they
 * are written, never held whole in memory, and a file whose store yields another size than the package says is not
 * moved into place. The manifest is moved last of the release's files and the batch marker after it, so a receiver
 * that waits for the marker finds every file whole. The partner reference is the release's folder relative to the
 * drops root ({@code <folder>/<batch id>/<release folder>}).
 */
public final class FileDeliveryGateway implements DeliveryGateway {
    private static final Pattern SEGMENT = Pattern.compile("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$");
    private static final int MAX_FOLDER_LENGTH = 255;

    private final Path root;

    /** A gateway writing under {@code dropsRoot} ({@code $SOUNDPORT_DATA_DIR/drops}); created when absent. */
    public FileDeliveryGateway(Path dropsRoot) {
        this.root = Objects.requireNonNull(dropsRoot, "dropsRoot").toAbsolutePath().normalize();
    }

    /**
     * Checks a FILE partner's folder name, for use when the partner is registered; returns it as stored.
     *
     * @throws DomainException VALIDATION_ERROR on field {@code endpoint} when the name could leave the drops root
     */
    public static String checkFolder(String name) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("endpoint", "must be a folder name under the drops directory");
        }
        if (name.length() > MAX_FOLDER_LENGTH) {
            throw DomainException.invalid("endpoint", "must be at most " + MAX_FOLDER_LENGTH + " characters");
        }
        if (name.startsWith("/") || name.endsWith("/") || name.contains("\\") || name.contains(":")) {
            throw DomainException.invalid("endpoint",
                    "must be a relative folder name such as 'streamly' or 'streamly/inbox' (no absolute path)");
        }
        for (String segment : name.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw DomainException.invalid("endpoint", "must be folder names of letters, digits, '.', '_' or"
                        + " '-' separated by '/', none empty, '.', '..' or starting with '.'");
            }
        }
        return name;
    }

    @Override
    public boolean handles(Protocol protocol) {
        return protocol == Protocol.FILE;
    }

    @Override
    public Result deliver(Partner partner, String credentials, DeliveryPackage delivery) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(delivery, "delivery");
        if (!handles(partner.protocol())) {
            return Result.failed("refused: partner " + partner.id() + " is " + partner.protocol() + ", not FILE");
        }
        String folder;
        try {
            folder = checkFolder(partner.endpoint());
        } catch (DomainException refused) {
            return Result.failed("refused: " + refused.getMessage());
        }
        String problem = delivery.problemAsDrop();
        if (problem != null) {
            return Result.failed("refused: " + problem);
        }
        Path batch = root.resolve(folder).resolve(delivery.batchId()).normalize();
        Path target = batch.resolve(delivery.releaseFolder()).normalize();
        if (!target.startsWith(root)) {
            return Result.failed("refused: the folder leaves the drops directory");
        }
        try {
            Files.createDirectories(target);
            if (!target.toRealPath().startsWith(root.toRealPath())) {
                return Result.failed("refused: the folder leaves the drops directory through a symbolic link");
            }
            for (DeliveryPackage.PackageFile file : delivery.inWriteOrder()) {
                Path dir = file.isResource() ? Files.createDirectories(target.resolve(DeliveryPackage.RESOURCES))
                        : target;
                writeAtomically(dir, file.name(), file.size(), file.source());
            }
            DeliveryPackage.PackageFile marker = DeliveryPackage.PackageFile.of(delivery.batchComplete(), new byte[0]);
            writeAtomically(batch, marker.name(), 0, marker.source());
        } catch (IOException | RuntimeException e) {
            return Result.failed("could not write the drop: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        return Result.delivered(folder + "/" + delivery.releasePath());
    }

    private static void writeAtomically(Path dir, String name, long size, DeliveryPackage.Source source)
            throws IOException {
        Path temp = Files.createTempFile(dir, "." + name + ".", ".part");
        try {
            long written;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel);
                 InputStream in = source.open()) {
                written = in.transferTo(out);
                out.flush();
                channel.force(true);
            }
            if (written != size) {
                throw new IOException(name + " was " + written + " bytes where the package lists " + size);
            }
            try {
                Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system cannot replace " + name + " atomically", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
