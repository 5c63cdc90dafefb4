package io.soundport.adapters.local;

import io.soundport.contracts.CampaignsContract;
import io.soundport.domain.persistence.PersistencePorts;

class InMemoryCampaignsContractTest extends CampaignsContract {
    // One store for the whole class, as a shared database would be.
    private static final PersistencePorts PORTS = new InMemoryPersistence();

    @Override
    protected PersistencePorts ports() {
        return PORTS;
    }
}
