package io.soundport.adapters.local;

import io.soundport.contracts.RateLimitStoreContract;
import io.soundport.domain.persistence.PersistencePorts;

class InMemoryRateLimitStoreContractTest extends RateLimitStoreContract {
    // One store for the whole class, as a shared database would be.
    private static final PersistencePorts PORTS = new InMemoryPersistence();

    @Override
    protected PersistencePorts ports() {
        return PORTS;
    }
}
