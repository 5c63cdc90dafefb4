package io.soundport.adapters.dynamodb;

import io.soundport.contracts.CampaignInsightsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoCampaignInsightsContractTest extends CampaignInsightsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
