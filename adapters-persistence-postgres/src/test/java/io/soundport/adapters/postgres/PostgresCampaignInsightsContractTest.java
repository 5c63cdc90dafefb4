package io.soundport.adapters.postgres;

import io.soundport.contracts.CampaignInsightsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresCampaignInsightsContractTest extends CampaignInsightsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
