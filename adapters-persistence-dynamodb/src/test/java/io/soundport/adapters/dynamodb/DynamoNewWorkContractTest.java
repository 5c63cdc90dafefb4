package io.soundport.adapters.dynamodb;

import io.soundport.contracts.NewWorkContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoNewWorkContractTest extends NewWorkContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
