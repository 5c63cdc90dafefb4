package io.soundport.adapters.dynamodb;

import io.soundport.contracts.UsersContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoUsersContractTest extends UsersContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
