package io.soundport.application.platform;

import io.soundport.domain.platform.ServiceName;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The health of every instance as this server's active checks saw it, kept in memory (each server instance checks
 * on its own). An instance starts healthy, so that a newly registered service serves at once; it is taken out after
 * {@code failuresToDown} failed checks in a row and put back after {@code successesToUp} passed checks in a row.
 */
public final class UpstreamHealth {
    private final int failuresToDown;
    private final int successesToUp;
    private final Map<Key, Instance> instances = new ConcurrentHashMap<>();

    public UpstreamHealth(int failuresToDown, int successesToUp) {
        if (failuresToDown < 1 || successesToUp < 1) {
            throw new IllegalArgumentException("thresholds must be at least 1");
        }
        this.failuresToDown = failuresToDown;
        this.successesToUp = successesToUp;
    }

    private record Key(ServiceName service, String instance) {
    }

    /** What the checks know of one instance. */
    public record Instance(boolean healthy, int failures, int successes, Instant checkedAt) {
        static final Instance UNCHECKED = new Instance(true, 0, 0, null);
    }

    public boolean isHealthy(ServiceName service, String instance) {
        return of(service, instance).healthy();
    }

    public Instance of(ServiceName service, String instance) {
        return instances.getOrDefault(new Key(service, instance), Instance.UNCHECKED);
    }

    /** Records a passed check and returns the instance's state after it. */
    public Instance passed(ServiceName service, String instance, Instant at) {
        return record(new Key(service, instance), true, at);
    }

    /** Records a failed check and returns the instance's state after it. */
    public Instance failed(ServiceName service, String instance, Instant at) {
        return record(new Key(service, instance), false, at);
    }

    private Instance record(Key key, boolean passed, Instant at) {
        return instances.compute(key, (k, old) -> next(old == null ? Instance.UNCHECKED : old, passed, at));
    }

    Instance next(Instance old, boolean passed, Instant at) {
        if (passed) {
            int successes = old.successes() + 1;
            return new Instance(old.healthy() || successes >= successesToUp, 0, successes, at);
        }
        int failures = old.failures() + 1;
        return new Instance(old.healthy() && failures < failuresToDown, failures, 0, at);
    }

    /** Forgets the instances of services that are gone, or that a service no longer lists. */
    public void retainOnly(Map<ServiceName, Set<String>> current) {
        instances.keySet().removeIf(k -> !current.getOrDefault(k.service(), Set.of()).contains(k.instance()));
    }
}
