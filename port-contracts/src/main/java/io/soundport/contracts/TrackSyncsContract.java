package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.User;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.TrackSync;
import io.soundport.domain.integrations.TrackSync.Counts;
import io.soundport.domain.integrations.TrackSync.Source;
import io.soundport.domain.integrations.TrackSync.Status;
import io.soundport.domain.integrations.TrackSyncId;
import io.soundport.domain.integrations.TrackSyncs;
import io.soundport.domain.integrations.platform.TimeRange;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link TrackSyncs} must do. */
public abstract class TrackSyncsContract {

    protected abstract PersistencePorts ports();

    private TrackSyncs syncs() {
        return ports().trackSyncs();
    }

    private TrackSync newSync(Organization org, User user) {
        TrackSync sync = Fixtures.trackSync(org, user);
        syncs().add(sync);
        return sync;
    }

    /** A QUEUED import added for a fresh user of a fresh organization. */
    private TrackSync storedSync() {
        return newSync(Stored.organization(ports()), Stored.user(ports()));
    }

    /** The stored import of {@code sync}'s organization and id. */
    private Optional<TrackSync> findAgain(TrackSync sync) {
        return syncs().find(sync.organizationId(), sync.id());
    }

    private static TrackSync queued(Organization org, User user, Provider provider, Source source, TimeRange range,
                                    int limit) {
        return TrackSync.queued(TrackSyncId.of(Fixtures.id(TrackSyncId.PREFIX)), org.id(), user.id(), provider,
                source, range, limit, Fixtures.instant());
    }

    @Test
    void finds_an_added_import_with_every_field() {
        TrackSync sync = storedSync();

        assertThat(findAgain(sync)).contains(sync);
        assertThat(findAgain(sync)).get().satisfies(found -> {
            assertThat(found.status()).isEqualTo(Status.QUEUED);
            assertThat(found.counts()).isEqualTo(Counts.NONE);
            assertThat(found.failureReason()).isNull();
            assertThat(found.finishedAt()).isNull();
            assertThat(found.version()).isEqualTo(1);
        });
    }

    @Test
    void keeps_an_import_of_saved_tracks_without_a_time_range() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());
        TrackSync saved = queued(org, user, Provider.META, Source.SAVED_TRACKS, null, TrackSync.MAX_LIMIT);
        syncs().add(saved);

        assertThat(findAgain(saved)).contains(saved);
        assertThat(findAgain(saved)).get().extracting(TrackSync::timeRange).isNull();
    }

    @Test
    void keeps_an_import_in_every_status_and_time_range_with_its_counts_failure_reason_and_finish_time() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());
        Counts counts = new Counts(120, 80, 30, 10);
        TrackSync queued = queued(org, user, Provider.SPOTIFY, Source.TOP_TRACKS, TimeRange.SHORT_TERM, 1);
        TrackSync running = queued(org, user, Provider.SPOTIFY, Source.TOP_TRACKS, TimeRange.MEDIUM_TERM,
                TrackSync.DEFAULT_LIMIT).running(Fixtures.instant()).progressed(counts, Fixtures.instant());
        TrackSync succeeded = queued(org, user, Provider.SPOTIFY, Source.SAVED_TRACKS, null, TrackSync.MAX_LIMIT)
                .progressed(counts, Fixtures.instant()).succeeded(Fixtures.instant());
        TrackSync failed = queued(org, user, Provider.META, Source.TOP_TRACKS, TimeRange.LONG_TERM, 7)
                .progressed(new Counts(3, 0, 1, 2), Fixtures.instant())
                // a reason beyond ASCII, as a provider's message may be
                .failed("Spotify a refusé l'accès — connect again «now»", Fixtures.instant());
        List<TrackSync> all = List.of(queued, running, succeeded, failed);
        assertThat(all).extracting(TrackSync::status).containsExactly(Status.values());

        all.forEach(syncs()::add);

        for (TrackSync sync : all) {
            assertThat(findAgain(sync)).as(sync.status().name()).contains(sync);
        }
        assertThat(findAgain(succeeded)).get().satisfies(found -> {
            assertThat(found.finishedAt()).isEqualTo(succeeded.updatedAt());
            assertThat(found.failureReason()).isNull();
        });
    }

    @Test
    void rejects_a_second_import_with_the_same_id() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());
        TrackSync first = newSync(org, user);
        TrackSync twin = new TrackSync(first.id(), org.id(), Stored.user(ports()).id(), Provider.META,
                Source.SAVED_TRACKS, null, 10, Status.QUEUED, Counts.NONE, null, Fixtures.instant(),
                Fixtures.instant(), null, 1);

        Expect.domainError(ErrorCode.CONFLICT, () -> syncs().add(twin));
        assertThat(findAgain(first)).contains(first);
    }

    @Test
    void does_not_find_an_import_through_another_organization_or_under_an_unknown_id() {
        Organization org = Stored.organization(ports());
        Organization other = Stored.organization(ports());
        User user = Stored.user(ports());
        TrackSync sync = newSync(org, user);

        assertThat(syncs().find(other.id(), sync.id())).isEmpty();
        assertThat(syncs().find(org.id(), TrackSyncId.of(Fixtures.id(TrackSyncId.PREFIX)))).isEmpty();
        assertThat(syncs().find(org.id(), sync.id())).contains(sync);
    }

    @Test
    void update_stores_each_step_and_answers_the_next_version() {
        TrackSync sync = storedSync();

        TrackSync running = syncs().update(sync.running(Fixtures.instant()));
        assertThat(running.version()).isEqualTo(sync.version() + 1);
        assertThat(running.status()).isEqualTo(Status.RUNNING);
        assertThat(findAgain(sync)).contains(running);

        TrackSync progressed = syncs().update(running.progressed(new Counts(4, 3, 1, 0), Fixtures.instant()));
        assertThat(progressed.version()).isEqualTo(sync.version() + 2);
        assertThat(findAgain(sync)).contains(progressed);

        TrackSync succeeded = syncs().update(progressed.succeeded(Fixtures.instant()));
        assertThat(succeeded.version()).isEqualTo(sync.version() + 3);
        assertThat(succeeded.finishedAt()).isNotNull();
        assertThat(succeeded.counts()).isEqualTo(new Counts(4, 3, 1, 0));
        assertThat(findAgain(sync)).contains(succeeded);
    }

    @Test
    void keeps_the_latest_counts_through_a_sequence_of_progress_updates() {
        TrackSync sync = storedSync();
        TrackSync current = syncs().update(sync.running(Fixtures.instant()));

        for (Counts page : List.of(new Counts(50, 40, 8, 2), new Counts(50, 45, 5, 0), new Counts(23, 20, 1, 2))) {
            TrackSync expected = current.progressed(page, Fixtures.instant());
            current = syncs().update(expected);
            assertThat(findAgain(sync)).get().extracting(TrackSync::counts).isEqualTo(expected.counts());
        }
        assertThat(current.counts()).isEqualTo(new Counts(123, 105, 14, 4));
        assertThat(current.version()).isEqualTo(sync.version() + 4);

        TrackSync failed = syncs().update(current.failed("The connection needs to be made again",
                Fixtures.instant()));
        assertThat(findAgain(sync)).contains(failed);
        assertThat(failed.counts()).isEqualTo(new Counts(123, 105, 14, 4));
        assertThat(failed.failureReason()).isEqualTo("The connection needs to be made again");
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        TrackSync sync = storedSync();
        TrackSync current = syncs().update(sync.running(Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED,
                () -> syncs().update(sync.failed("stale", Fixtures.instant())));
        assertThat(findAgain(sync)).contains(current);
    }

    @Test
    void rejects_an_update_of_an_import_that_does_not_exist() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());
        TrackSync never = Fixtures.trackSync(org, user);

        Expect.domainError(ErrorCode.NOT_FOUND, () -> syncs().update(never.running(Fixtures.instant())));
        assertThat(findAgain(never)).isEmpty();
    }

    @Test
    void rejects_an_update_of_an_import_through_another_organization() {
        Organization org = Stored.organization(ports());
        Organization other = Stored.organization(ports());
        User user = Stored.user(ports());
        TrackSync sync = newSync(org, user);
        TrackSync hijacked = new TrackSync(sync.id(), other.id(), user.id(), sync.provider(), sync.source(),
                sync.timeRange(), sync.limit(), Status.FAILED, sync.counts(), "hijacked", sync.createdAt(),
                Fixtures.instant(), Fixtures.instant(), sync.version());

        Expect.domainError(ErrorCode.NOT_FOUND, () -> syncs().update(hijacked));
        assertThat(findAgain(sync)).contains(sync);
        assertThat(syncs().find(other.id(), sync.id())).isEmpty();
    }

    @Test
    void an_update_inside_a_unit_of_work_that_rolls_back_keeps_the_stored_import() {
        TrackSync sync = storedSync();

        assertThatThrownBy(() -> ports().transactions().run(() -> {
            syncs().update(sync.running(Fixtures.instant()));
            throw DomainException.conflict("rolled back");
        })).isInstanceOf(DomainException.class);

        assertThat(findAgain(sync)).contains(sync);
    }

    @Test
    void an_import_added_inside_a_unit_of_work_that_rolls_back_is_not_kept() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());
        TrackSync sync = Fixtures.trackSync(org, user);

        assertThatThrownBy(() -> ports().transactions().run(() -> {
            syncs().add(sync);
            throw DomainException.conflict("rolled back");
        })).isInstanceOf(DomainException.class);

        assertThat(findAgain(sync)).isEmpty();
    }
}
