package io.soundport.adapters.local;

import io.soundport.contracts.MembershipsContract;
import io.soundport.domain.persistence.PersistencePorts;

class InMemoryMembershipsContractTest extends MembershipsContract {
    // One store for the whole class, as a shared database would be.
    private static final PersistencePorts PORTS = new InMemoryPersistence();

    @Override
    protected PersistencePorts ports() {
        return PORTS;
    }
}
