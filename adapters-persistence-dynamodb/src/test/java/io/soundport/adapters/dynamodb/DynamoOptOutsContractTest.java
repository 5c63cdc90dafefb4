package io.soundport.adapters.dynamodb;

import io.soundport.contracts.OptOutsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoOptOutsContractTest extends OptOutsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
