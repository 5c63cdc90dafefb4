package io.soundport.sdk;

/**
 * Told how far an upload went, as its bytes are written to the connection (from the thread that sends them).
 * {@code totalBytes} is -1 when the length is not known in advance. Called again from 0 when a {@link java.nio.file.Path}
 * upload is retried after a dropped connection.
 */
@FunctionalInterface
public interface UploadProgress {
    /** Nothing told. */
    UploadProgress NONE = (sent, total) -> { };

    /**
     * @param bytesSent  bytes written so far
     * @param totalBytes the file's size, or -1 when unknown
     */
    void onProgress(long bytesSent, long totalBytes);
}
