package io.soundport.application.integrations;

import io.soundport.application.catalog.ImportedTrack;
import io.soundport.application.catalog.TrackImports;
import io.soundport.application.shared.JobHandler;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.TrackSync;
import io.soundport.domain.integrations.TrackSyncId;
import io.soundport.domain.integrations.TrackSyncs;
import io.soundport.domain.integrations.platform.ArtistRef;
import io.soundport.domain.integrations.platform.MusicPlatform;
import io.soundport.domain.integrations.platform.PlatformPage;
import io.soundport.domain.integrations.platform.PlatformPageRequest;
import io.soundport.domain.integrations.platform.PlatformTrack;
import io.soundport.domain.integrations.platform.SavedTrack;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs queued imports of Spotify tracks: claims the run jobs under a lease, reads the user's top or saved tracks a page
 * at a time through their connection, and adds each page's new tracks to the catalog in one unit of work with the
 * import's counts, so a client polling the import sees it grow. Tracks whose ISRC the catalog has, and tracks without
 * one, are counted and left alone: an import run again (or resumed after a crash, its counts starting over) adds only
 * what is new. Spotify failing or busy is tried again up to {@value #ATTEMPTS} times, a minute apart per attempt;
 * anything else (no connection, a refused grant, the user gone from the organization or no longer allowed to write)
 * fails the import with the reason.
 */
public final class TrackSyncWorker implements JobHandler {
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    static final int ATTEMPTS = 3;

    private final TransactionRunner tx;
    private final TrackSyncs syncs;
    private final Jobs jobs;
    private final ConnectionService connections;
    private final MusicPlatform spotify;
    private final TrackImports imports;
    private final Clock clock;
    private final TraceContext trace;

    public TrackSyncWorker(TransactionRunner tx, TrackSyncs syncs, Jobs jobs,
                           ConnectionService connections, MusicPlatform spotify, TrackImports imports, Clock clock,
                           TraceContext trace) {
        this.tx = tx;
        this.syncs = syncs;
        this.jobs = jobs;
        this.connections = connections;
        this.spotify = spotify;
        this.imports = imports;
        this.clock = clock;
        this.trace = trace;
    }

    /** Claims up to {@code batch} due run jobs for {@code owner} and works them; returns how many. */
    public int runOnce(String owner, int batch) {
        return work(owner, jobs.claim(owner, Set.of(TrackSyncService.RUN_JOB), clock.now(), DEFAULT_LEASE, batch));
    }

    @Override
    public String type() {
        return TrackSyncService.RUN_JOB;
    }

    @Override
    public int work(String owner, List<Job> claimed) {
        for (Job job : claimed) {
            trace.run(job.traceParent(), "track sync " + job.subjectId(), () -> run(owner, job));
        }
        return claimed.size();
    }

    /** An import still under way fails with the queue's reason. */
    @Override
    public void abandon(Job job, String reason) {
        find(job).filter(sync -> !sync.status().finished())
                .ifPresent(sync -> syncs.update(sync.failed(reason, clock.now())));
    }

    private Optional<TrackSync> find(Job job) {
        return syncs.find(OrganizationId.of(job.organizationId()), TrackSyncId.of(job.subjectId()));
    }

    private void run(String owner, Job job) {
        Optional<TrackSync> found = find(job);
        if (found.isEmpty() || found.get().status().finished()) {
            tx.run(() -> jobs.complete(job.id(), owner));
            return;
        }
        TrackSync sync = tx.inTransaction(() -> syncs.update(found.get().running(clock.now())));
        try {
            TrackSync done = importAll(sync);
            tx.run(() -> {
                syncs.update(done.succeeded(clock.now()));
                jobs.complete(job.id(), owner);
            });
        } catch (DomainException e) {
            TrackSync current = find(job).orElse(sync);
            boolean transient_ = e.code() == ErrorCode.INTEGRATION_ERROR || e.code() == ErrorCode.SERVICE_UNAVAILABLE;
            tx.run(() -> {
                // the claim counted this attempt: the first waits a minute, the second two
                if (transient_ && job.attempts() < ATTEMPTS) {
                    jobs.reschedule(job.id(), owner, clock.now().plus(Duration.ofMinutes(job.attempts())));
                } else {
                    syncs.update(current.failed(e.getMessage(), clock.now()));
                    jobs.complete(job.id(), owner);
                }
            });
        }
    }

    /** Reads and adds page after page until the import's limit or the end of the list; answers it with its counts. */
    private TrackSync importAll(TrackSync sync) {
        Caller user = userOf(sync);
        Set<Isrc> known = imports.isrcsOf(user);
        TrackSync current = sync;
        int read = 0;
        while (read < sync.limit()) {
            PlatformPageRequest page = new PlatformPageRequest(
                    Math.min(PlatformPageRequest.MAX_LIMIT, sync.limit() - read), read);
            PlatformPage<PlatformTrack> tracks = connections.withAccess(user, Provider.SPOTIFY,
                    token -> pageOf(sync, token, page));
            TrackSync before = current;
            current = tx.inTransaction(() -> syncs.update(before.progressed(add(user, tracks.items(), known),
                    clock.now())));
            read += tracks.items().size();
            if (tracks.items().isEmpty() || !tracks.hasMore()) {
                break;
            }
        }
        return current;
    }

    private PlatformPage<PlatformTrack> pageOf(TrackSync sync, String token, PlatformPageRequest page) {
        if (sync.source() == TrackSync.Source.TOP_TRACKS) {
            return spotify.topTracks(token, sync.timeRange(), page);
        }
        PlatformPage<SavedTrack> saved = spotify.savedTracks(token, page);
        return new PlatformPage<>(saved.total(), saved.offset(), saved.limit(),
                saved.items().stream().map(SavedTrack::track).toList());
    }

    private TrackSync.Counts add(Caller user, List<PlatformTrack> tracks, Set<Isrc> known) {
        List<ImportedTrack> withIsrc = new ArrayList<>();
        int withoutIsrc = 0;
        for (PlatformTrack track : tracks) {
            Isrc isrc = isrcOf(track);
            if (isrc == null) {
                withoutIsrc++;
                continue;
            }
            ArtistRef artist = track.artists().isEmpty() ? null : track.artists().get(0);
            withIsrc.add(new ImportedTrack(track.name(), isrc, Math.max(track.durationMs(), 1_000), track.explicit(),
                    artist == null ? "Unknown artist" : artist.name(),
                    artist == null || artist.id() == null ? null : artist.id().value()));
        }
        int imported = imports.add(user, withIsrc, known);
        return new TrackSync.Counts(tracks.size(), imported, withIsrc.size() - imported, withoutIsrc);
    }

    /** The track's ISRC, or null when Spotify has none or one that is not an ISRC. */
    private static Isrc isrcOf(PlatformTrack track) {
        if (track.isrc() == null) {
            return null;
        }
        try {
            return Isrc.of(track.isrc());
        } catch (DomainException notAnIsrc) {
            return null;
        }
    }

    /** The user who started it, as they are in the organization now. */
    private Caller userOf(TrackSync sync) {
        return connections.member(sync.organizationId(), sync.userId());
    }
}
