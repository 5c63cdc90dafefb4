package io.soundport.adapters.dynamodb;

import io.soundport.contracts.MediaAssetsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoMediaAssetsContractTest extends MediaAssetsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
