package io.soundport.adapters.dynamodb;

import io.soundport.contracts.PendingAuthorizationsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoPendingAuthorizationsContractTest extends PendingAuthorizationsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
