package io.soundport.adapters.local;

import io.soundport.contracts.PersistencePortsContract;
import io.soundport.domain.persistence.PersistencePorts;

class InMemoryPersistencePortsContractTest extends PersistencePortsContract {
    private static final PersistencePorts PORTS = new InMemoryPersistence();

    @Override
    protected PersistencePorts ports() {
        return PORTS;
    }
}
