package io.soundport.adapters.dynamodb;

import io.soundport.contracts.CampaignsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoCampaignsContractTest extends CampaignsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
