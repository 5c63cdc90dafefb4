package io.soundport.adapters.local;

import io.soundport.contracts.UpstreamServicesContract;
import io.soundport.domain.persistence.PersistencePorts;

class InMemoryUpstreamServicesContractTest extends UpstreamServicesContract {
    // One store for the whole class, as a shared database would be.
    private static final PersistencePorts PORTS = new InMemoryPersistence();

    @Override
    protected PersistencePorts ports() {
        return PORTS;
    }
}
