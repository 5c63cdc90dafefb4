package io.soundport.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One data directory, one running server: the server holds an OS lock on {@code soundport.lock} in its data
 * directory (the file names its pid) for its whole life, taken before anything in the directory is touched. The OS
 * lets go of it when the process ends, even by {@code kill -9}, so the next start takes the directory over.
 */
final class DataDirectoryLock {
    static final String FILE = "soundport.lock";
    private static FileChannel held; // kept for the life of the JVM: closing it would release the lock

    private DataDirectoryLock() {
    }

    /** Takes the lock on the configured data directory, or throws {@link InUse} naming the running server. */
    static synchronized void acquire() {
        if (held != null) {
            return;
        }
        String configured = System.getProperty("soundport.data-dir", System.getenv("SOUNDPORT_DATA_DIR"));
        String shown = configured == null || configured.isBlank() ? "./data" : configured;
        Path file = DataDirectory.resolve(configured).resolve(FILE);
        FileChannel channel = null;
        try {
            // no TRUNCATE_EXISTING: a start that does not get the lock must not wipe the running server's pid
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                String pid = readPid(channel);
                channel.close();
                throw new InUse("data directory " + shown + " is in use by a running Soundport, pid " + pid);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            held = channel;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot lock the data directory " + shown + " (" + file + ")", e);
        }
    }

    private static String readPid(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        channel.read(buffer, 0);
        String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        return pid.isEmpty() ? "unknown" : pid;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    /** Another live server holds the data directory. */
    static final class InUse extends RuntimeException {
        InUse(String message) {
            super(message, null, false, false);
        }
    }
}
