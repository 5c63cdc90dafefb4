package io.soundport.adapters.dynamodb;

import io.soundport.contracts.PersistencePortsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoPersistencePortsContractTest extends PersistencePortsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
