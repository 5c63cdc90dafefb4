package io.soundport.application.analytics;

import io.soundport.application.shared.JobHandler;
import io.soundport.domain.analytics.RecordedFacts;
import io.soundport.domain.analytics.StreamFact;
import io.soundport.domain.analytics.StreamFacts;
import io.soundport.domain.analytics.report.ReportImport;
import io.soundport.domain.analytics.report.ReportImportId;
import io.soundport.domain.analytics.report.ReportImports;
import io.soundport.domain.analytics.report.ReportRow;
import io.soundport.domain.analytics.report.SalesReportReader;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.BlobStore;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs queued report imports: claims the run jobs under a lease, reads the stored file row by row, and counts its
 * rows {@value StreamFacts#MAX_BATCH} at a time, each batch's counts stored on the import so that a client polling
 * it sees them grow. A row whose track the catalog does not have, or that happened in the future, is rejected like a
 * row the file gets wrong. Run again after a crash, an import starts over and counts nothing twice (its rows' keys
 * come from the file). The store or the database failing is tried again up to {@value #ATTEMPTS} times, a minute
 * apart per attempt; a file that is not of its layout fails the import with the reason.
 */
public final class ReportImportWorker implements JobHandler {
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(10);
    static final int ATTEMPTS = 3;

    private final TransactionRunner tx;
    private final ReportImports imports;
    private final Jobs jobs;
    private final BlobStore blobs;
    private final SalesReportReader reader;
    private final StreamFacts facts;
    private final CatalogTracks catalog;
    private final Clock clock;
    private final TraceContext trace;

    public ReportImportWorker(TransactionRunner tx, ReportImports imports, Jobs jobs, BlobStore blobs,
                              SalesReportReader reader, StreamFacts facts, Tracks tracks, Clock clock,
                              TraceContext trace) {
        this.tx = tx;
        this.imports = imports;
        this.jobs = jobs;
        this.blobs = blobs;
        this.reader = reader;
        this.facts = facts;
        this.catalog = new CatalogTracks(tracks, clock);
        this.clock = clock;
        this.trace = trace;
    }

    /** Claims up to {@code batch} due run jobs for {@code owner} and works them; returns how many. */
    public int runOnce(String owner, int batch) {
        return work(owner, jobs.claim(owner, Set.of(ReportImportService.RUN_JOB), clock.now(), DEFAULT_LEASE, batch));
    }

    @Override
    public String type() {
        return ReportImportService.RUN_JOB;
    }

    @Override
    public int work(String owner, List<Job> claimed) {
        for (Job job : claimed) {
            trace.run(job.traceParent(), "report import " + job.subjectId(), () -> run(owner, job));
        }
        return claimed.size();
    }

    /** An import still under way fails with the queue's reason. */
    @Override
    public void abandon(Job job, String reason) {
        find(job).filter(i -> !i.status().finished())
                .ifPresent(i -> imports.update(i.failed(reason, clock.now())));
    }

    private Optional<ReportImport> find(Job job) {
        return imports.find(OrganizationId.of(job.organizationId()), ReportImportId.of(job.subjectId()));
    }

    private void run(String owner, Job job) {
        Optional<ReportImport> found = find(job);
        if (found.isEmpty() || found.get().status().finished()) {
            tx.run(() -> jobs.complete(job.id(), owner));
            return;
        }
        ReportImport started = tx.inTransaction(() -> imports.update(found.get().running(clock.now())));
        try (RejectionsFile rejections = new RejectionsFile()) {
            ReportImport done = importAll(started, rejections);
            if (rejections.rows() > 0) {
                try (InputStream file = rejections.open()) {
                    blobs.put(ReportImportService.rejectionsKey(done), file, rejections.size(), "text/csv");
                }
            }
            tx.run(() -> {
                imports.update(done.succeeded(clock.now()));
                jobs.complete(job.id(), owner);
            });
        } catch (DomainException e) {
            boolean transient_ = e.code() == ErrorCode.INTEGRATION_ERROR || e.code() == ErrorCode.SERVICE_UNAVAILABLE;
            giveUpOrRetry(owner, job, started, transient_, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            giveUpOrRetry(owner, job, started, true, "The file could not be read: " + e.getMessage());
        }
    }

    private void giveUpOrRetry(String owner, Job job, ReportImport started, boolean transient_, String reason) {
        ReportImport current = find(job).orElse(started);
        tx.run(() -> {
            // the claim counted this attempt: the first waits a minute, the second two
            if (transient_ && job.attempts() < ATTEMPTS) {
                jobs.reschedule(job.id(), owner, clock.now().plus(Duration.ofMinutes(job.attempts())));
            } else if (!current.status().finished()) {
                imports.update(current.failed(reason, clock.now()));
                jobs.complete(job.id(), owner);
            } else {
                jobs.complete(job.id(), owner);
            }
        });
    }

    /** Reads the file and counts its rows batch by batch; answers the import with its counts. */
    private ReportImport importAll(ReportImport started, RejectionsFile rejections) throws IOException {
        Batches batches = new Batches(started, rejections);
        try (InputStream file = blobs.open(started.fileKey())) {
            reader.read(file, started.layout(), batches::add);
        }
        batches.flush();
        return batches.current;
    }

    /** The rows read and not yet counted, and the import as last stored. */
    private final class Batches {
        private final List<ReportRow> rows = new ArrayList<>(StreamFacts.MAX_BATCH);
        private final RejectionsFile rejections;
        private final Map<Isrc, Optional<TrackId>> isrcs = new HashMap<>();
        private ReportImport current;

        Batches(ReportImport started, RejectionsFile rejections) {
            this.current = started;
            this.rejections = rejections;
        }

        void add(ReportRow row) {
            rows.add(row);
            if (rows.size() == StreamFacts.MAX_BATCH) {
                flush();
            }
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            OrganizationId org = current.organizationId();
            Instant now = clock.now();
            Instant latest = now.plus(StreamIngestion.CLOCK_SKEW);
            List<StreamFact> batch = new ArrayList<>(rows.size());
            List<ReportRow.Rejected> rejected = new ArrayList<>();
            for (ReportRow row : rows) {
                if (row instanceof ReportRow.Rejected r) {
                    rejected.add(r);
                    continue;
                }
                ReportRow.Line line = (ReportRow.Line) row;
                List<String> reasons = new ArrayList<>();
                TrackId track = trackOf(org, line, reasons);
                if (line.occurredAt().isAfter(latest)) {
                    reasons.add("date: " + line.occurredAt() + " is in the future");
                }
                if (reasons.isEmpty()) {
                    batch.add(new StreamFact(line.key(), track, line.store(), line.country(), line.occurredAt(),
                            line.count(), line.revenue()));
                } else {
                    rejected.add(new ReportRow.Rejected(line.row(), reasons));
                }
            }
            RecordedFacts recorded = batch.isEmpty() ? new RecordedFacts(0, 0) : facts.record(org, batch, now);
            rejected.forEach(rejections::add);
            ReportImport.Counts counts = new ReportImport.Counts(rows.size(), recorded.recorded(),
                    recorded.duplicates(), rejected.size());
            ReportImport before = current;
            current = tx.inTransaction(() -> imports.update(before.progressed(counts, rejected, clock.now())));
            rows.clear();
        }

        private TrackId trackOf(OrganizationId org, ReportRow.Line line, List<String> reasons) {
            if (line.trackId() != null) {
                if (catalog.has(org, line.trackId())) {
                    return line.trackId();
                }
                reasons.add("track_id: " + line.trackId() + " is not a track of this organization's catalog");
                return null;
            }
            Optional<TrackId> track = isrcs.computeIfAbsent(line.isrc(), isrc -> catalog.withIsrc(org, isrc));
            if (track.isEmpty()) {
                reasons.add("ISRC: no track of this organization's catalog has " + line.isrc());
            }
            return track.orElse(null);
        }
    }
}
