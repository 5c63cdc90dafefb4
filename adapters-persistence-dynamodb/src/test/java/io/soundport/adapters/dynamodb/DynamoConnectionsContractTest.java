package io.soundport.adapters.dynamodb;

import io.soundport.contracts.ConnectionsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoConnectionsContractTest extends ConnectionsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
