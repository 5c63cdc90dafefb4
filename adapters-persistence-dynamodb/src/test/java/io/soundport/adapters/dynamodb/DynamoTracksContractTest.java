package io.soundport.adapters.dynamodb;

import io.soundport.contracts.TracksContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoTracksContractTest extends TracksContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
