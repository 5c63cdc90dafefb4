package io.soundport.adapters.dynamodb;

import io.soundport.contracts.MembershipsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoMembershipsContractTest extends MembershipsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
