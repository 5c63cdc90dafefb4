package io.soundport.adapters.dynamodb;

import io.soundport.contracts.ReleasesContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoReleasesContractTest extends ReleasesContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
