package io.soundport.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the server keeps what must survive a restart: the embedded database, generated keys, local drops.
 * {@code SOUNDPORT_DATA_DIR} (or the {@code soundport.data-dir} property), {@code ./data} by default.
 */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path resolve(String configured) {
        String value = configured;
        if (value == null || value.isBlank()) {
            value = System.getProperty("soundport.data-dir", System.getenv("SOUNDPORT_DATA_DIR"));
        }
        Path dir = Path.of(value == null || value.isBlank() ? "data" : value).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
        return dir;
    }
}
