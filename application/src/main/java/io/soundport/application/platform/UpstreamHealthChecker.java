package io.soundport.application.platform;

import io.soundport.domain.platform.ServiceName;
import io.soundport.domain.platform.UpstreamService;
import io.soundport.domain.platform.UpstreamServices;
import io.soundport.domain.platform.Upstreams;
import io.soundport.domain.port.Clock;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The active health checks, a background worker: on every round it reads the registry and GETs the health path of
 * each instance whose service's interval has passed since its last check, and records the outcome in
 * {@link UpstreamHealth}. Checks run one after the other, each bounded by the transport's timeouts.
 */
public final class UpstreamHealthChecker {
    private final UpstreamServices services;
    private final Upstreams upstreams;
    private final UpstreamHealth health;
    private final Clock clock;

    public UpstreamHealthChecker(UpstreamServices services, Upstreams upstreams, UpstreamHealth health, Clock clock) {
        this.services = services;
        this.upstreams = upstreams;
        this.health = health;
        this.clock = clock;
    }

    /** One round; returns how many instances it checked. */
    public int runOnce() {
        List<UpstreamService> all = services.all();
        Map<ServiceName, Set<String>> current = new HashMap<>();
        all.forEach(s -> current.put(s.name(), new HashSet<>(s.instances())));
        health.retainOnly(current);
        int checked = 0;
        for (UpstreamService service : all) {
            for (String instance : service.instances()) {
                Instant last = health.of(service.name(), instance).checkedAt();
                Instant now = clock.now();
                if (last == null || !now.isBefore(last.plus(service.healthInterval()))) {
                    if (upstreams.probe(instance, service.healthPath())) {
                        health.passed(service.name(), instance, clock.now());
                    } else {
                        health.failed(service.name(), instance, clock.now());
                    }
                    checked++;
                }
            }
        }
        return checked;
    }
}
