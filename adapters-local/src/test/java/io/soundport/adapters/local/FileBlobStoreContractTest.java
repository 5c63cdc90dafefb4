package io.soundport.adapters.local;

import io.soundport.contracts.BlobStoreContract;
import io.soundport.domain.port.BlobStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FileBlobStoreContractTest extends BlobStoreContract {
    @TempDir
    Path dataDir;
    private FileBlobStore store;

    @BeforeEach
    void createStore() {
        store = new FileBlobStore(dataDir.resolve("blobs"));
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    @Test
    void keys_never_become_paths_and_replaced_content_leaves_no_file_behind() throws Exception {
        store.put("a", new ByteArrayInputStream(new byte[] {1}), 1, "x/y");
        store.put("a/b", new ByteArrayInputStream(new byte[] {2}), 1, "x/y");
        store.put("a", new ByteArrayInputStream(new byte[] {3}), 1, "x/y");

        try (Stream<Path> files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .hasSize(4).allMatch(name -> name.equals("blob.properties") || name.endsWith(".data"));
        }
        assertThat(store.downloadUrl("a", java.time.Duration.ofSeconds(1)).getScheme()).isEqualTo("file");
    }
}
