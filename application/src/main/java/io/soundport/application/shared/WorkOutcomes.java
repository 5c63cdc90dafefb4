package io.soundport.application.shared;

import io.soundport.domain.distribution.Protocol;

import java.time.Duration;

/**
 * What the background workers' attempts came to, told to whoever watches them (metrics, in bootstrap): the workers
 * call it after each attempt is recorded. Labels stay few on purpose: an outcome, and for a delivery the partner's
 * protocol, never a partner, an endpoint or an organization. {@link #NONE} watches nothing.
 */
public interface WorkOutcomes {
    /** What an attempt came to. */
    enum Outcome {
        /** The receiver took it. */
        DELIVERED,
        /** It failed and is scheduled to be tried again. */
        FAILED_WILL_RETRY,
        /** It failed for good: the last attempt, or a failure no retry can mend. */
        FAILED_FINAL
    }

    WorkOutcomes NONE = new WorkOutcomes() {
        @Override
        public void webhookAttempt(Outcome outcome, Duration latency) {
        }

        @Override
        public void deliveryAttempt(Protocol protocol, Outcome outcome, Duration latency) {
        }
    };

    /** A webhook message was posted (or could not be: its endpoint was deleted or disabled), taking {@code latency}. */
    void webhookAttempt(Outcome outcome, Duration latency);

    /**
     * A delivery was handed to a partner, taking {@code latency}; {@code protocol} is the partner's, null when the
     * partner was deleted.
     */
    void deliveryAttempt(Protocol protocol, Outcome outcome, Duration latency);
}
