package io.soundport.adapters.local;

import io.soundport.domain.port.BlobDigests;
import io.soundport.domain.port.BlobStore;
import io.soundport.domain.port.StoredBlob;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * The local stand-in of the {@link BlobStore}: files under a root folder ({@code $SOUNDPORT_DATA_DIR/blobs}).
 *
 * <p>A key is never a path here: each key has a folder of its own named by the SHA-256 of the key
 * ({@code <root>/<2 hex>/<64 hex>/}), so no key can reach outside the root and {@code a} and {@code a/b} can both
 * exist. The folder holds the content in a file of a new name per write and a sidecar {@code blob.properties} naming
 * that file with the key, content type, size and hashes. A put streams into a temporary file (hashing as it goes),
 * forces it to disk, moves it into the folder, then writes the sidecar the same way and moves it over the old one
 * with {@link StandardCopyOption#ATOMIC_MOVE}: the sidecar's move is the commit, so a reader sees the old blob or the
 * new one whole; the old content file is removed afterwards (a reader that opened it keeps reading it). Puts to the
 * same key are serialized in this process; the data directory belongs to one server.
 *
 * <p>{@link #downloadUrl} gives the content file's {@code file:} URI: there is no server to sign for locally, so it
 * does not expire; it stands in for S3's pre-signed GET in development and tests.
 */
public final class FileBlobStore implements BlobStore {
    private static final String SIDECAR = "blob.properties";
    private static final int BUFFER = 64 * 1024;
    private static final int STRIPES = 64;

    private final Path root;
    private final Path temp;
    private final Object[] locks = new Object[STRIPES];

    /** A store under {@code root} ({@code $SOUNDPORT_DATA_DIR/blobs}), created when absent. */
    public FileBlobStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.temp = this.root.resolve("tmp");
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
        try {
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw failure("could not create the blob folder", e);
        }
    }

    @Override
    public StoredBlob put(String key, InputStream content, long length, String contentType) {
        BlobStore.checkKey(key);
        Objects.requireNonNull(content, "content");
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        Path folder = folder(key);
        Path incoming = null;
        try {
            incoming = Files.createTempFile(temp, "put-", ".part");
            BlobDigests digests = new BlobDigests();
            try (FileChannel channel = FileChannel.open(incoming, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = content.read(buffer)) >= 0; ) {
                    if (length >= 0 && digests.size() + n > length) {
                        throw DomainException.invalid("content", "is longer than the " + length + " bytes announced");
                    }
                    out.write(buffer, 0, n);
                    digests.update(buffer, 0, n);
                }
                out.flush();
                channel.force(true);
            }
            if (length >= 0 && digests.size() != length) {
                throw DomainException.invalid("content", "has " + digests.size() + " bytes, not the " + length
                        + " announced");
            }
            StoredBlob blob = digests.finish(key, type);
            synchronized (lock(key)) {
                Files.createDirectories(folder);
                String file = UUID.randomUUID() + ".data";
                Files.move(incoming, folder.resolve(file), StandardCopyOption.ATOMIC_MOVE);
                incoming = null;
                Optional<Sidecar> previous = sidecar(folder);
                writeSidecar(folder, new Sidecar(blob, file));
                if (previous.isPresent() && !previous.get().file().equals(file)) {
                    Files.deleteIfExists(folder.resolve(previous.get().file()));
                }
            }
            return blob;
        } catch (AtomicMoveNotSupportedException e) {
            throw failure("the file system cannot replace a blob atomically", e);
        } catch (IOException e) {
            throw failure("could not store the blob", e);
        } finally {
            if (incoming != null) {
                try {
                    Files.deleteIfExists(incoming);
                } catch (IOException ignored) {
                    // a leftover in tmp/ only takes room
                }
            }
        }
    }

    @Override
    public Optional<StoredBlob> info(String key) {
        BlobStore.checkKey(key);
        try {
            return sidecar(folder(key)).map(Sidecar::blob);
        } catch (IOException e) {
            throw failure("could not read the blob's metadata", e);
        }
    }

    @Override
    public InputStream open(String key) {
        BlobStore.checkKey(key);
        Path folder = folder(key);
        try {
            // a put may replace the content between reading the sidecar and opening its file: read the sidecar again
            for (int attempt = 0; attempt < 3; attempt++) {
                Optional<Sidecar> current = sidecar(folder);
                if (current.isEmpty()) {
                    break;
                }
                try {
                    return Files.newInputStream(folder.resolve(current.get().file()));
                } catch (NoSuchFileException replaced) {
                    // try again with the new sidecar
                }
            }
        } catch (IOException e) {
            throw failure("could not open the blob", e);
        }
        throw DomainException.notFound("Blob", key);
    }

    @Override
    public boolean delete(String key) {
        BlobStore.checkKey(key);
        Path folder = folder(key);
        synchronized (lock(key)) {
            try {
                Optional<Sidecar> current = sidecar(folder);
                if (current.isEmpty()) {
                    return false;
                }
                Files.delete(folder.resolve(SIDECAR));
                Files.deleteIfExists(folder.resolve(current.get().file()));
                return true;
            } catch (IOException e) {
                throw failure("could not delete the blob", e);
            }
        }
    }

    /** The content file's {@code file:} URI: the local stand-in of a pre-signed GET, valid while the blob is there. */
    @Override
    public URI downloadUrl(String key, Duration validFor) {
        BlobStore.checkKey(key);
        Objects.requireNonNull(validFor, "validFor");
        Path folder = folder(key);
        try {
            return sidecar(folder).map(s -> folder.resolve(s.file()).toUri())
                    .orElseThrow(() -> DomainException.notFound("Blob", key));
        } catch (IOException e) {
            throw failure("could not read the blob's metadata", e);
        }
    }

    private record Sidecar(StoredBlob blob, String file) {
    }

    private Path folder(String key) {
        String hash = sha256(key);
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }

    private Object lock(String key) {
        return locks[Math.floorMod(key.hashCode(), STRIPES)];
    }

    private static Optional<Sidecar> sidecar(Path folder) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(SIDECAR), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(new Sidecar(new StoredBlob(p.getProperty("key"), Long.parseLong(p.getProperty("size")),
                p.getProperty("content-type"), p.getProperty("sha256"), p.getProperty("md5")), p.getProperty("file")));
    }

    private void writeSidecar(Path folder, Sidecar sidecar) throws IOException {
        Properties p = new Properties();
        p.setProperty("key", sidecar.blob().key());
        p.setProperty("size", Long.toString(sidecar.blob().size()));
        p.setProperty("content-type", sidecar.blob().contentType());
        p.setProperty("sha256", sidecar.blob().sha256());
        p.setProperty("md5", sidecar.blob().md5());
        p.setProperty("file", sidecar.file());
        Path next = Files.createTempFile(temp, "meta-", ".part");
        try {
            try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE);
                 Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                p.store(out, null);
                out.flush();
                channel.force(true);
            }
            Files.move(next, folder.resolve(SIDECAR), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(next);
        }
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DomainException failure(String what, IOException e) {
        return new DomainException(ErrorCode.INTEGRATION_ERROR, what + " (" + e.getClass().getSimpleName() + ")");
    }
}
