package io.soundport.application.platform;

import io.soundport.application.catalog.CreateArtistCommand;
import io.soundport.application.testing.Core;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.port.IdempotencyStore.Claim;
import io.soundport.domain.port.IdempotencyStore.RecordedOutcome;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotentCommandsTest {
    private static final String CALLER = "org_1/usr_1";
    private static final String KEY = "3f0c2a7e-idem";
    private static final String FINGERPRINT = "POST /releases sha256:aaaa";
    private static final IdempotentCall CALL = new IdempotentCall(CALLER, KEY, FINGERPRINT);

    private final Core core = new Core();
    private final IdempotentCommands idempotency = core.idempotency();

    /** A use case that answers a release id and counts its runs; a result is kept as its UTF-8 bytes. */
    private static class CountedWork implements IdempotentWork<String> {
        private final Supplier<String> answer;
        final List<String> runs = new ArrayList<>();

        CountedWork(Supplier<String> answer) {
            this.answer = answer;
        }

        CountedWork(String answer) {
            this(() -> answer);
        }

        @Override
        public String perform() {
            String result = answer.get();
            runs.add(result);
            return result;
        }

        @Override
        public Optional<RecordedOutcome> record(String result) {
            return Optional.of(new RecordedOutcome(result.getBytes(StandardCharsets.UTF_8),
                    Map.of("reference", "/v1/releases/" + result)));
        }

        @Override
        public String replay(RecordedOutcome outcome) {
            assertThat(outcome.attributes()).containsEntry("reference", "/v1/releases/rel_1");
            return "replayed " + new String(outcome.payload(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_first_call_with_a_key_runs_the_work_and_keeps_its_outcome() {
        CountedWork work = new CountedWork("rel_1");

        assertThat(idempotency.run(CALL, work)).isEqualTo("rel_1");

        assertThat(work.runs).containsExactly("rel_1");
        assertThat(core.store.idempotency().find(CALLER, KEY)).contains(new Claim.Completed(FINGERPRINT,
                new RecordedOutcome("rel_1".getBytes(StandardCharsets.UTF_8),
                        Map.of("reference", "/v1/releases/rel_1"))));
    }

    @Test
    void the_same_call_again_replays_the_kept_outcome_without_running_the_work() {
        idempotency.run(CALL, new CountedWork("rel_1"));
        CountedWork again = new CountedWork("rel_2");

        assertThat(idempotency.run(CALL, again)).isEqualTo("replayed rel_1");

        assertThat(again.runs).isEmpty();
    }

    @Test
    void the_same_key_with_another_fingerprint_is_a_conflict_and_runs_nothing() {
        idempotency.run(CALL, new CountedWork("rel_1"));
        CountedWork other = new CountedWork("rel_2");

        assertRejected(() -> idempotency.run(new IdempotentCall(CALLER, KEY, "POST /releases sha256:bbbb"), other),
                ErrorCode.CONFLICT);
        assertThat(other.runs).isEmpty();
    }

    @Test
    void a_key_still_in_progress_is_a_conflict_for_a_concurrent_repeat_that_may_retry_within_the_lease()
            throws Exception {
        CountedWork repeat = new CountedWork("rel_2");
        CountedWork other = new CountedWork("rel_3");
        CountedWork first = new CountedWork(() -> {
            // The claim has committed before the work starts: another thread sees it at once, without waiting.
            Throwable seen = catchFromAnotherThread(() -> idempotency.run(CALL, repeat));
            assertThat(seen).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                assertThat(e.retryAfter()).contains(IdempotentCommands.DEFAULT_LEASE);
            });
            Throwable otherSeen = catchFromAnotherThread(() ->
                    idempotency.run(new IdempotentCall(CALLER, KEY, "POST /releases sha256:bbbb"), other));
            assertThat(otherSeen).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                assertThat(e.retryAfter()).as("another request under the key never passes").isEmpty();
            });
            return "rel_1";
        });

        assertThat(idempotency.run(CALL, first)).isEqualTo("rel_1");

        assertThat(repeat.runs).isEmpty();
        assertThat(other.runs).isEmpty();
    }

    /** Work whose preparation notes whether a unit of work was open while it ran. */
    private static final class PreparedWork extends CountedWork {
        private final boolean[] inUnitOfWork;
        private final Runnable preparation;
        private final List<Boolean> prepared = new ArrayList<>();

        PreparedWork(boolean[] inUnitOfWork, Runnable preparation) {
            super("rel_1");
            this.inUnitOfWork = inUnitOfWork;
            this.preparation = preparation;
        }

        @Override
        public void prepare() {
            prepared.add(inUnitOfWork[0]);
            preparation.run();
        }
    }

    @Test
    void the_preparation_runs_once_the_key_is_claimed_outside_the_unit_of_work_and_never_on_a_replay() {
        boolean[] inUnitOfWork = {false};
        TransactionRunner watched = new TransactionRunner() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return core.store.transactions().inTransaction(() -> {
                    inUnitOfWork[0] = true;
                    try {
                        return work.get();
                    } finally {
                        inUnitOfWork[0] = false;
                    }
                });
            }
        };
        IdempotentCommands commands = new IdempotentCommands(core.store.idempotency(), watched, core.clock);
        PreparedWork first = new PreparedWork(inUnitOfWork, () -> {
        });

        assertThat(commands.run(CALL, first)).isEqualTo("rel_1");
        PreparedWork again = new PreparedWork(inUnitOfWork, () -> {
        });
        assertThat(commands.run(CALL, again)).isEqualTo("replayed rel_1");

        assertThat(first.prepared).containsExactly(false);
        assertThat(again.prepared).isEmpty();
        assertThat(again.runs).isEmpty();
    }

    @Test
    void a_failed_preparation_releases_the_key_and_runs_nothing() {
        IllegalStateException failure = new IllegalStateException("the server's key could not be read");
        PreparedWork failing = new PreparedWork(new boolean[1], () -> {
            throw failure;
        });

        assertThatThrownBy(() -> idempotency.run(CALL, failing)).isSameAs(failure);

        assertThat(failing.runs).isEmpty();
        assertThat(core.store.idempotency().find(CALLER, KEY)).isEmpty();
    }

    @Test
    void a_failed_work_releases_the_key_so_that_the_call_may_be_retried() {
        IllegalStateException failure = new IllegalStateException("the use case failed");
        CountedWork failing = new CountedWork(() -> {
            throw failure;
        });

        assertThatThrownBy(() -> idempotency.run(CALL, failing)).isSameAs(failure);

        assertThat(core.store.idempotency().find(CALLER, KEY)).isEmpty();
        assertRunsAnew(new IdempotentCall(CALLER, KEY, "POST /releases sha256:bbbb"), "rel_1");
    }

    @Test
    void a_business_rejection_is_not_kept_either() {
        assertRejected(() -> idempotency.run(CALL, new CountedWork(() -> {
            throw DomainException.notFound("Artist", "art_1");
        })), ErrorCode.NOT_FOUND);

        assertThat(core.store.idempotency().find(CALLER, KEY)).isEmpty();
    }

    @Test
    void a_result_the_caller_chooses_not_to_keep_releases_the_key_and_is_still_answered() {
        CountedWork unkept = new CountedWork("unavailable") {
            @Override
            public Optional<RecordedOutcome> record(String result) {
                return Optional.empty();
            }
        };

        assertThat(idempotency.run(CALL, unkept)).isEqualTo("unavailable");

        assertThat(core.store.idempotency().find(CALLER, KEY)).isEmpty();
    }

    @Test
    void a_result_that_cannot_be_recorded_releases_the_key() {
        IllegalStateException unencodable = new IllegalStateException("cannot encode");
        CountedWork work = new CountedWork("rel_1") {
            @Override
            public Optional<RecordedOutcome> record(String result) {
                throw unencodable;
            }
        };

        assertThatThrownBy(() -> idempotency.run(CALL, work)).isSameAs(unencodable);

        assertThat(core.store.idempotency().find(CALLER, KEY)).isEmpty();
    }

    @Test
    void a_result_that_cannot_be_recorded_leaves_none_of_the_work_s_writes_behind() {
        Caller owner = core.member(Role.OWNER);
        IdempotentWork<Artist> creates = new IdempotentWork<>() {
            @Override
            public Artist perform() {
                return core.artists().create(owner, CreateArtistCommand.of("Unanswered", null, null));
            }

            @Override
            public Optional<RecordedOutcome> record(Artist result) {
                throw new IllegalStateException("died between the work's writes and its answer");
            }

            @Override
            public Artist replay(RecordedOutcome outcome) {
                throw new AssertionError("nothing was kept");
            }
        };

        assertThatThrownBy(() -> idempotency.run(IdempotentCall.of(owner, KEY, FINGERPRINT), creates))
                .hasMessageContaining("died between");

        assertThat(artistsOf(owner)).isEmpty();
        assertThat(core.store.idempotency().find(owner.key(), KEY)).isEmpty();
    }

    @Test
    void once_the_lease_ran_out_another_request_takes_the_key_over_and_the_late_call_keeps_nothing() {
        Caller owner = core.member(Role.OWNER);
        IdempotentCall late = IdempotentCall.of(owner, KEY, FINGERPRINT);
        IdempotentCall other = IdempotentCall.of(owner, KEY, "POST /artists sha256:other");
        CountedWork otherWork = new CountedWork(() -> {
            core.artists().create(owner, CreateArtistCommand.of("Other", null, null));
            return "rel_2";
        });
        List<CompletableFuture<String>> otherCall = new ArrayList<>();
        CountedWork lateWork = new CountedWork(() -> {
            core.artists().create(owner, CreateArtistCommand.of("Late", null, null));
            core.clock.advance(IdempotentCommands.DEFAULT_LEASE);
            // another request, on a thread of its own, claims the key before the late call finishes
            otherCall.add(CompletableFuture.supplyAsync(() -> idempotency.run(other, otherWork)));
            awaitHeldBy(owner.key(), other.fingerprint());
            return "rel_1";
        });

        assertRejected(() -> idempotency.run(late, lateWork), ErrorCode.CONFLICT);

        assertThat(otherCall.get(0).join()).isEqualTo("rel_2");
        assertThat(artistsOf(owner)).extracting(Artist::name).containsExactly("Other");
        assertThat(core.store.idempotency().find(owner.key(), KEY)).get().isInstanceOfSatisfying(Claim.Completed.class,
                completed -> assertThat(completed.fingerprint()).isEqualTo(other.fingerprint()));
    }

    private void awaitHeldBy(String scope, String fingerprint) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (!core.store.idempotency().find(scope, KEY).equals(Optional.of(new Claim.InProgress(fingerprint)))
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private List<Artist> artistsOf(Caller caller) {
        return core.store.artists().list(caller.organizationId(), null, PageRequest.first(10)).items();
    }

    @Test
    void keys_are_scoped_to_the_caller() {
        Caller one = core.member(Role.OWNER);
        Caller colleague = core.colleague(one, Role.ADMIN);
        idempotency.run(IdempotentCall.of(one, KEY, FINGERPRINT), new CountedWork("rel_1"));

        assertRunsAnew(IdempotentCall.of(colleague, KEY, "POST /releases sha256:bbbb"), "rel_2");
    }

    @Test
    void an_outcome_is_kept_for_24_hours() {
        idempotency.run(CALL, new CountedWork("rel_1"));

        core.clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(idempotency.run(CALL, new CountedWork("rel_2"))).isEqualTo("replayed rel_1");

        core.clock.advance(Duration.ofSeconds(2));
        assertRunsAnew(new IdempotentCall(CALLER, KEY, "POST /releases sha256:bbbb"), "rel_3");
    }

    @Test
    void rejects_a_blank_or_overlong_key() {
        assertInvalid(() -> new IdempotentCall(CALLER, " ", FINGERPRINT), IdempotentCall.KEY_FIELD);
        assertInvalid(() -> new IdempotentCall(CALLER, "k".repeat(256), FINGERPRINT), IdempotentCall.KEY_FIELD);
        assertRunsAnew(new IdempotentCall(CALLER, "k".repeat(255), FINGERPRINT), "rel_1");
    }

    @Test
    void the_claim_and_the_outcome_join_a_unit_of_work_around_the_call() {
        IllegalStateException later = new IllegalStateException("the caller's unit of work failed afterwards");

        assertThatThrownBy(() -> core.store.transactions().run(() -> {
            idempotency.run(CALL, new CountedWork("rel_1"));
            assertThat(core.store.idempotency().find(CALLER, KEY)).containsInstanceOf(Claim.Completed.class);
            throw later;
        })).isSameAs(later);

        assertThat(core.store.idempotency().find(CALLER, KEY)).isEmpty();
    }

    @Test
    void work_of_any_shape_can_be_wrapped_by_an_embedding_program() {
        IdempotentWork<Integer> count = IdempotentWork.of(() -> 42,
                n -> new RecordedOutcome(null, Map.of("count", n.toString())),
                outcome -> Integer.valueOf(outcome.attributes().get("count")));

        assertThat(idempotency.run(CALL, count)).isEqualTo(42);
        assertThat(idempotency.run(CALL, IdempotentWork.of(() -> 7, n -> new RecordedOutcome(null, Map.of()),
                outcome -> Integer.valueOf(outcome.attributes().get("count"))))).isEqualTo(42);
    }

    /** The call runs its work, once, and answers its result: nothing was replayed. */
    private void assertRunsAnew(IdempotentCall call, String answer) {
        CountedWork work = new CountedWork(answer);
        assertThat(idempotency.run(call, work)).isEqualTo(answer);
        assertThat(work.runs).containsExactly(answer);
    }

    private static Throwable catchFromAnotherThread(Runnable call) {
        try {
            CompletableFuture.runAsync(call).get(5, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the repeat did not answer at once", e);
        }
    }
}
