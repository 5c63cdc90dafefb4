package io.soundport.application.testing;

import io.soundport.application.shared.WorkOutcomes;
import io.soundport.domain.distribution.Protocol;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every outcome the workers report, in order, so that tests read what metrics would have counted. */
public final class RecordedOutcomes implements WorkOutcomes {
    /** One reported attempt; {@code protocol} is null for a webhook (and for a delivery to a deleted partner). */
    public record Attempt(String work, Protocol protocol, Outcome outcome, Duration latency) {
    }

    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();

    @Override
    public void webhookAttempt(Outcome outcome, Duration latency) {
        attempts.add(new Attempt("webhook", null, outcome, latency));
    }

    @Override
    public void deliveryAttempt(Protocol protocol, Outcome outcome, Duration latency) {
        attempts.add(new Attempt("delivery", protocol, outcome, latency));
    }

    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }
}
