package io.soundport.adapters.dynamodb;

import io.soundport.contracts.StreamFactsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoStreamFactsContractTest extends StreamFactsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
