package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An import of a sales report into the stream analytics, with its counts so far.
 *
 * @param id            the import's id ({@code rpi_...})
 * @param layout        {@code generic}, {@code distrokid} or {@code tunecore}
 * @param columns       a generic report's renamed columns: field name to the report's header
 * @param fileSize      the uploaded file's bytes
 * @param statusValue   the status as sent; {@link #status()} reads it as an enum
 * @param rows          data rows read so far
 * @param recorded      rows counted now
 * @param duplicates    rows counted before (the same file imported again)
 * @param rejected      rows not counted; {@code analytics().reportRejections(id)} lists them all
 * @param rejections    the first 20 rejected rows
 * @param failureReason why it failed; null unless FAILED
 * @param createdAt     when it was uploaded
 * @param updatedAt     when it last changed
 * @param finishedAt    when it ended; null before
 */
public record ReportImport(String id, String layout, Map<String, String> columns, long fileSize,
                           @JsonProperty("status") String statusValue, long rows, long recorded, long duplicates,
                           long rejected, List<RejectedRow> rejections, String failureReason, Instant createdAt,
                           Instant updatedAt, Instant finishedAt) {
    /**
     * How far it got.
     *
     * @return the status, {@link ReportImportStatus#UNKNOWN} for one this SDK does not know
     */
    public ReportImportStatus status() {
        return ReportImportStatus.fromValue(statusValue);
    }
}
