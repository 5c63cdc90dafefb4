package io.soundport.domain.analytics.report;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An import of a store's or distributor's sales report into the organization's stream analytics, run in the
 * background from the uploaded file: QUEUED, RUNNING with its counts growing batch by batch, then SUCCEEDED or
 * FAILED with the reason. Rows are counted once each (their keys come from the file, so importing the same file
 * again, or resuming after a crash, counts nothing twice); a row that cannot be counted is rejected with its reasons:
 * the first {@value #KEPT_REJECTIONS} are kept here, all of them in the rejections file.
 */
public record ReportImport(ReportImportId id, OrganizationId organizationId, ReportLayout layout, String fileKey,
                           long fileSize, Status status, Counts counts, List<ReportRow.Rejected> rejections,
                           String failureReason, Instant createdAt, Instant updatedAt, Instant finishedAt,
                           long version) {
    /** How many rejected rows the import keeps itself; the rejections file has them all. */
    public static final int KEPT_REJECTIONS = 20;

    public enum Status {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED;

        public boolean finished() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    /** Rows read so far; of them, counted now, counted before (their key known), and rejected. */
    public record Counts(long rows, long recorded, long duplicates, long rejected) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public Counts {
            if (rows < 0 || recorded < 0 || duplicates < 0 || rejected < 0) {
                throw new IllegalArgumentException("counts are never negative");
            }
        }

        public Counts plus(Counts more) {
            return new Counts(rows + more.rows, recorded + more.recorded, duplicates + more.duplicates,
                    rejected + more.rejected);
        }
    }

    public ReportImport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(fileKey, "fileKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        rejections = List.copyOf(rejections);
        if (rejections.size() > KEPT_REJECTIONS) {
            throw new IllegalArgumentException("an import keeps at most " + KEPT_REJECTIONS + " rejections");
        }
        if (fileSize < 0) {
            throw new IllegalArgumentException("a file's size is never negative");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    public static ReportImport queued(ReportImportId id, OrganizationId organizationId, ReportLayout layout,
                                      String fileKey, long fileSize, Instant now) {
        return new ReportImport(id, organizationId, layout, fileKey, fileSize, Status.QUEUED, Counts.NONE, List.of(),
                null, now, now, null, 1);
    }

    /** The worker took it up (again, after a crash: the counts start over, and rows counted before are duplicates). */
    public ReportImport running(Instant now) {
        requireUnfinished();
        return with(Status.RUNNING, Counts.NONE, List.of(), null, now, null);
    }

    /** A batch of rows was worked through; the first of its rejections are kept while there is room. */
    public ReportImport progressed(Counts more, List<ReportRow.Rejected> rejected, Instant now) {
        requireUnfinished();
        List<ReportRow.Rejected> kept = new ArrayList<>(rejections);
        for (ReportRow.Rejected row : rejected) {
            if (kept.size() == KEPT_REJECTIONS) {
                break;
            }
            kept.add(row);
        }
        return with(Status.RUNNING, counts.plus(more), kept, null, now, null);
    }

    public ReportImport succeeded(Instant now) {
        requireUnfinished();
        return with(Status.SUCCEEDED, counts, rejections, null, now, now);
    }

    public ReportImport failed(String reason, Instant now) {
        requireUnfinished();
        return with(Status.FAILED, counts, rejections, Objects.requireNonNull(reason, "reason"), now, now);
    }

    private void requireUnfinished() {
        if (status.finished()) {
            throw DomainException.conflict("Report import " + id + " is already " + status);
        }
    }

    private ReportImport with(Status newStatus, Counts newCounts, List<ReportRow.Rejected> kept, String reason,
                              Instant now, Instant finished) {
        return new ReportImport(id, organizationId, layout, fileKey, fileSize, newStatus, newCounts, kept, reason,
                createdAt, now, finished, version);
    }
}
