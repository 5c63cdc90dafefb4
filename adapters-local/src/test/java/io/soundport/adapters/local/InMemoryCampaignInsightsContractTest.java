package io.soundport.adapters.local;

import io.soundport.contracts.CampaignInsightsContract;
import io.soundport.domain.persistence.PersistencePorts;

class InMemoryCampaignInsightsContractTest extends CampaignInsightsContract {
    // One store for the whole class, as a shared database would be.
    private static final PersistencePorts PORTS = new InMemoryPersistence();

    @Override
    protected PersistencePorts ports() {
        return PORTS;
    }
}
