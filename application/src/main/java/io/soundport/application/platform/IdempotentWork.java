package io.soundport.application.platform;

import io.soundport.domain.port.IdempotencyStore.RecordedOutcome;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What {@link IdempotentCommands} runs once per key: the work (usually one use case), how to keep its result for
 * replay, and how to rebuild the result of a repeat from what was kept. The caller chooses the encoding; the core
 * stores it without looking inside.
 *
 * @param <R> what the work answers
 */
public interface IdempotentWork<R> {

    /**
     * Runs once the key is claimed, before the unit of work of {@link #perform}, and never on a repeat: for what must
     * not hold a unit of work open, such as a call over the network whose answer the command needs. A failure is
     * not kept, as one of {@code perform}.
     */
    default void prepare() {
    }

    /** Runs the command. A failure is not kept: the key is released, so that the same call may be tried again. */
    R perform();

    /**
     * The outcome to keep for {@code result}, or empty when this result must not be replayed (the key is then
     * released, as after a failure).
     */
    Optional<RecordedOutcome> record(R result);

    /** The answer to a repeat, from the outcome kept for the first call. */
    R replay(RecordedOutcome outcome);

    /** Work whose every result is kept, encoded by {@code record} and rebuilt by {@code replay}. */
    static <R> IdempotentWork<R> of(Supplier<R> perform, Function<R, RecordedOutcome> record,
                                    Function<RecordedOutcome, R> replay) {
        Objects.requireNonNull(perform, "perform");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(replay, "replay");
        return new IdempotentWork<>() {
            @Override
            public R perform() {
                return perform.get();
            }

            @Override
            public Optional<RecordedOutcome> record(R result) {
                return Optional.of(record.apply(result));
            }

            @Override
            public R replay(RecordedOutcome outcome) {
                return replay.apply(outcome);
            }
        };
    }
}
