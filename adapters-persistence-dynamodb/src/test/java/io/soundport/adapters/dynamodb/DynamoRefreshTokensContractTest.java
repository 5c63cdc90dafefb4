package io.soundport.adapters.dynamodb;

import io.soundport.contracts.RefreshTokensContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoRefreshTokensContractTest extends RefreshTokensContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
