package io.soundport.domain.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The adapters of one storage target, one per port interface. A backend fills it with one
 * {@link Builder#register register} line per port, so that adding a repository adds a line here rather than a
 * field, a constructor line and a getter to every backend. Immutable once built.
 */
public final class PortRegistry {
    private final Map<Class<?>, Object> adapters;

    private PortRegistry(Map<Class<?>, Object> adapters) {
        this.adapters = Map.copyOf(adapters);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The adapter registered for the port.
     *
     * @throws IllegalStateException when the backend registered none: a wiring mistake, which
     *                               {@code PersistencePortsContract} in port-contracts catches before production
     */
    public <T> T get(Class<T> port) {
        Object adapter = adapters.get(Objects.requireNonNull(port, "port"));
        if (adapter == null) {
            throw new IllegalStateException("No adapter is registered for the port " + port.getName());
        }
        return port.cast(adapter);
    }

    /**
     * These adapters with {@code adapter} in place of the one registered for {@code port}, such as the job queue of
     * another store in front of this one's; the port must have an adapter already.
     */
    public <T> PortRegistry replacing(Class<T> port, T adapter) {
        get(port);
        Map<Class<?>, Object> replaced = new LinkedHashMap<>(adapters);
        replaced.put(port, Objects.requireNonNull(adapter, "adapter"));
        return new PortRegistry(replaced);
    }

    /** The port interfaces that have an adapter. */
    public Set<Class<?>> ports() {
        return adapters.keySet();
    }

    /** Collects one adapter per port; refuses a second adapter for the same port. */
    public static final class Builder {
        private final Map<Class<?>, Object> adapters = new LinkedHashMap<>();

        private Builder() {
        }

        /** The type parameter makes the compiler check that the adapter implements the port. */
        public <T> Builder register(Class<T> port, T adapter) {
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(adapter, "adapter");
            if (!port.isInterface()) {
                throw new IllegalArgumentException(port.getName() + " is not a port interface");
            }
            if (adapters.putIfAbsent(port, adapter) != null) {
                throw new IllegalStateException("Two adapters are registered for the port " + port.getName());
            }
            return this;
        }

        public PortRegistry build() {
            return new PortRegistry(adapters);
        }
    }
}
