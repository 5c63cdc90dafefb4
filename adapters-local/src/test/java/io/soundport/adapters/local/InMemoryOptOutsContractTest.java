package io.soundport.adapters.local;

import io.soundport.contracts.OptOutsContract;
import io.soundport.domain.persistence.PersistencePorts;

class InMemoryOptOutsContractTest extends OptOutsContract {
    // One store for the whole class, as a shared database would be.
    private static final PersistencePorts PORTS = new InMemoryPersistence();

    @Override
    protected PersistencePorts ports() {
        return PORTS;
    }
}
