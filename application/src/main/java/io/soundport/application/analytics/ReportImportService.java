package io.soundport.application.analytics;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.domain.analytics.report.ReportImport;
import io.soundport.domain.analytics.report.ReportImportId;
import io.soundport.domain.analytics.report.ReportImports;
import io.soundport.domain.analytics.report.ReportLayout;
import io.soundport.domain.analytics.report.SalesReportReader;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.BlobStore;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.StoredBlob;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Imports of sales reports into the stream analytics: {@link #start} stores the uploaded file as it streams in,
 * checks its header against the layout (a file that is not of it is refused at once and not kept) and queues the
 * import, which the {@link ReportImportWorker} runs in the background; {@link #get} shows how far it got and
 * {@link #rejections} hands the file of every rejected row. Members and write keys import; everyone reads.
 */
public final class ReportImportService {
    /** The job that runs an import; its subject is the import's id. */
    public static final String RUN_JOB = "report-import.run";

    private final TransactionRunner tx;
    private final ReportImports imports;
    private final Jobs jobs;
    private final BlobStore blobs;
    private final SalesReportReader reader;
    private final AuditRecorder audit;
    private final IdGenerator ids;
    private final Clock clock;
    private final TraceContext trace;

    public ReportImportService(TransactionRunner tx, ReportImports imports, Jobs jobs, BlobStore blobs,
                               SalesReportReader reader, AuditRecorder audit, IdGenerator ids, Clock clock,
                               TraceContext trace) {
        this.tx = tx;
        this.imports = imports;
        this.jobs = jobs;
        this.blobs = blobs;
        this.reader = reader;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
        this.trace = trace;
    }

    /** Stores the report and queues its import, QUEUED; VALIDATION_ERROR on {@code file} when it is not of the layout. */
    public ReportImport start(Caller caller, StartReportImportCommand command, ReportUpload upload) {
        caller.require(Permission.WRITE);
        ReportImportId id = ReportImportId.generate(ids);
        String key = fileKey(caller, id);
        StoredBlob stored = blobs.put(key, upload.content(), upload.length(), "text/csv");
        try {
            checkHeader(key, command.layout());
        } catch (DomainException | UncheckedIOException e) {
            blobs.delete(key);
            throw e;
        }
        Instant now = clock.now();
        ReportImport queued = ReportImport.queued(id, caller.organizationId(), command.layout(), key, stored.size(),
                now);
        return tx.inTransaction(() -> {
            imports.add(queued);
            jobs.enqueue(Job.due(id.value(), RUN_JOB, caller.organizationId().value(), id.value(), now)
                    .inTrace(trace.current()));
            audit.record(caller, "report_import.started", id.value());
            return queued;
        });
    }

    /** The import with its counts so far; NOT_FOUND for another organization's. */
    public ReportImport get(Caller caller, ReportImportId id) {
        caller.require(Permission.READ);
        return imports.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Report import", id.value()));
    }

    /**
     * Every rejected row of a finished import as CSV ({@code row,reasons}), to be closed by the caller; CONFLICT
     * while it is still running.
     */
    public InputStream rejections(Caller caller, ReportImportId id) {
        ReportImport reportImport = get(caller, id);
        if (!reportImport.status().finished()) {
            throw DomainException.conflict("Report import " + id + " is " + reportImport.status()
                    + "; its rejections are ready when it is finished");
        }
        String key = rejectionsKey(reportImport);
        return blobs.info(key).isPresent() ? blobs.open(key)
                : new java.io.ByteArrayInputStream(RejectionsFile.HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String fileKey(Caller caller, ReportImportId id) {
        return "imports/" + caller.organizationId().value() + "/" + id.value() + ".csv";
    }

    static String rejectionsKey(ReportImport reportImport) {
        return "imports/" + reportImport.organizationId().value() + "/" + reportImport.id().value()
                + "-rejections.csv";
    }

    /** Reads the stored file up to its first row: its header must be of the layout. */
    private void checkHeader(String key, ReportLayout layout) {
        try (InputStream file = blobs.open(key)) {
            reader.read(file, layout, row -> {
                throw new HeaderRead();
            });
        } catch (HeaderRead enough) {
            // the header was read, and a first row after it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the header check at the first row. */
    private static final class HeaderRead extends RuntimeException {
        HeaderRead() {
            super(null, null, false, false);
        }
    }
}
