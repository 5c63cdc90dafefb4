package io.soundport.adapters.dynamodb;

import io.soundport.contracts.ApiKeysContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoApiKeysContractTest extends ApiKeysContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
