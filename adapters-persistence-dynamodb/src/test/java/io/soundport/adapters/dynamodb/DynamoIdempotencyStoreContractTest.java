package io.soundport.adapters.dynamodb;

import io.soundport.contracts.IdempotencyStoreContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoIdempotencyStoreContractTest extends IdempotencyStoreContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
