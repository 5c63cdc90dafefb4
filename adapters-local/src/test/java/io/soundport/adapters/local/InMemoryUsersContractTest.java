package io.soundport.adapters.local;

import io.soundport.contracts.UsersContract;
import io.soundport.domain.persistence.PersistencePorts;

class InMemoryUsersContractTest extends UsersContract {
    // One store for the whole class, as a shared database would be.
    private static final PersistencePorts PORTS = new InMemoryPersistence();

    @Override
    protected PersistencePorts ports() {
        return PORTS;
    }
}
