package io.soundport.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.soundport.application.shared.WorkOutcomes;
import io.soundport.domain.distribution.Protocol;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The workers' outcomes as Micrometer timers: {@code soundport.webhook.attempts} by {@code outcome}, and
 * {@code soundport.delivery.attempts} by {@code protocol} and {@code outcome} (Prometheus:
 * {@code soundport_webhook_attempts_seconds_count}, {@code _bucket}, {@code _sum}). Every series is registered up
 * front: rates read zero, not nothing, before the first attempt, and an attempt costs no registry lookup.
 */
final class MicrometerWorkOutcomes implements WorkOutcomes {
    static final String WEBHOOK_METRIC = "soundport.webhook.attempts";
    static final String DELIVERY_METRIC = "soundport.delivery.attempts";
    /** The protocol label of a delivery to a partner deleted meanwhile. */
    static final String NO_PROTOCOL = "none";
    /** A webhook times out after 10 s by default, a delivery after 60 s. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2_500), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private final Map<Outcome, Timer> webhooks = new EnumMap<>(Outcome.class);
    private final Map<Protocol, Map<Outcome, Timer>> deliveries = new EnumMap<>(Protocol.class);
    private final Map<Outcome, Timer> deliveriesWithoutPartner = new EnumMap<>(Outcome.class);

    MicrometerWorkOutcomes(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            webhooks.put(outcome, timer(WEBHOOK_METRIC, "Webhook messages posted, by outcome", outcome)
                    .register(registry));
            deliveriesWithoutPartner.put(outcome, deliveryTimer(registry, NO_PROTOCOL, outcome));
        }
        for (Protocol protocol : Protocol.values()) {
            Map<Outcome, Timer> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(outcome, deliveryTimer(registry, label(protocol), outcome));
            }
            deliveries.put(protocol, byOutcome);
        }
    }

    private static Timer deliveryTimer(MeterRegistry registry, String protocol, Outcome outcome) {
        return timer(DELIVERY_METRIC, "Deliveries handed to partners, by partner protocol and outcome",
                outcome).tag("protocol", protocol).register(registry);
    }

    private static Timer.Builder timer(String name, String description, Outcome outcome) {
        return Timer.builder(name).description(description).tag("outcome", label(outcome))
                .serviceLevelObjectives(BUCKETS);
    }

    static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void webhookAttempt(Outcome outcome, Duration latency) {
        webhooks.get(outcome).record(latency);
    }

    @Override
    public void deliveryAttempt(Protocol protocol, Outcome outcome, Duration latency) {
        (protocol == null ? deliveriesWithoutPartner : deliveries.get(protocol)).get(outcome).record(latency);
    }
}
