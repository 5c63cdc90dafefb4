package io.soundport.domain.platform;

import java.util.Objects;

/** What came of sending a request to one instance. */
public sealed interface UpstreamAttempt {

    /** The instance answered (maybe with an error of its own). */
    record Answered(UpstreamAnswer answer) implements UpstreamAttempt {
        public Answered {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** The instance's circuit breaker is open: nothing was sent. */
    record Refused() implements UpstreamAttempt {
    }

    /** No connection could be made: nothing was sent, the body is untouched. */
    record Unreachable(String reason) implements UpstreamAttempt {
    }

    /** The request went out (maybe in part) but no answer came: timeout, reset, malformed answer. */
    record Failed(String reason) implements UpstreamAttempt {
    }
}
