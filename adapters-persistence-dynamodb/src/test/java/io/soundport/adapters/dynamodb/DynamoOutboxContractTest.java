package io.soundport.adapters.dynamodb;

import io.soundport.contracts.OutboxContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoOutboxContractTest extends OutboxContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
