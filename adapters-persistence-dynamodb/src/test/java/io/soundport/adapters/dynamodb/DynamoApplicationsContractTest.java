package io.soundport.adapters.dynamodb;

import io.soundport.contracts.ApplicationsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoApplicationsContractTest extends ApplicationsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
