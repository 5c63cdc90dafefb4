package io.soundport.adapters.dynamodb;

import io.soundport.contracts.LiveEventsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoLiveEventsContractTest extends LiveEventsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
