package io.soundport.adapters.local;

import io.soundport.contracts.AudiencesContract;
import io.soundport.domain.persistence.PersistencePorts;

class InMemoryAudiencesContractTest extends AudiencesContract {
    // One store for the whole class, as a shared database would be.
    private static final PersistencePorts PORTS = new InMemoryPersistence();

    @Override
    protected PersistencePorts ports() {
        return PORTS;
    }
}
