package io.soundport.adapters.postgres;

import io.soundport.contracts.CampaignsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresCampaignsContractTest extends CampaignsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
