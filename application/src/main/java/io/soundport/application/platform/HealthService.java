package io.soundport.application.platform;

import io.soundport.domain.persistence.PersistencePorts;

/** Liveness (the process answers) and readiness (it can reach its database). */
public final class HealthService {
    private final PersistencePorts persistence;

    public HealthService(PersistencePorts persistence) {
        this.persistence = persistence;
    }

    public boolean databaseReachable() {
        return persistence.isReachable();
    }
}
