package io.soundport.adapters.dynamodb;

import io.soundport.contracts.DeliveriesContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoDeliveriesContractTest extends DeliveriesContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
